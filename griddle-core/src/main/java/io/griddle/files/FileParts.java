package io.griddle.files;

import io.griddle.http.Response;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The body of a {@code multipart/byteranges} answer: each part's head, then its bytes read from the file in
 * chunks of at most 64 KiB, each written once the transport took the one before; then the closing boundary.
 */
final class FileParts implements Response.StreamBody {

    private static final int CHUNK = 64 * 1024;

    private final Path path;
    private final long base;
    private final List<long[]> ranges;
    private final byte[][] heads;
    private final byte[] tail;

    FileParts(Path path, long base, List<long[]> ranges, byte[][] heads, byte[] tail) {
        this.path = path;
        this.base = base;
        this.ranges = ranges;
        this.heads = heads;
        this.tail = tail;
    }

    @Override
    public CompletionStage<Void> writeTo(Response.BodyWriter out) throws IOException {
        FileChannel file = FileChannel.open(path);
        CompletableFuture<Void> done = new CompletableFuture<>();
        new Writer(file, out, done).run();
        return done.whenComplete((v, error) -> {
            try {
                file.close();
            } catch (IOException ignored) {
                // read-only
            }
        });
    }

    /**
     * Walks the parts: head, chunks, next part, one write in flight at a time; a loop while writes complete at
     * once (no stack growth), a continuation when one has to wait.
     */
    private final class Writer {
        private final FileChannel file;
        private final Response.BodyWriter out;
        private final CompletableFuture<Void> done;
        private int index;
        private long from = -1; // -1: the part's head is next

        Writer(FileChannel file, Response.BodyWriter out, CompletableFuture<Void> done) {
            this.file = file;
            this.out = out;
            this.done = done;
        }

        void run() {
            try {
                while (true) {
                    CompletionStage<Void> written = next();
                    if (written == null) {
                        done.complete(null);
                        return;
                    }
                    CompletableFuture<Void> future = written.toCompletableFuture();
                    if (!future.isDone() || future.isCompletedExceptionally()) {
                        written.whenComplete((v, error) -> {
                            if (error != null) {
                                done.completeExceptionally(error);
                            } else {
                                run();
                            }
                        });
                        return;
                    }
                }
            } catch (IOException | RuntimeException error) {
                done.completeExceptionally(error);
            }
        }

        // The next write, or null after the closing boundary.
        private CompletionStage<Void> next() throws IOException {
            if (index > ranges.size()) {
                return null;
            }
            if (index == ranges.size()) {
                index++;
                return out.write(ByteBuffer.wrap(tail));
            }
            long[] range = ranges.get(index);
            if (from < 0) {
                from = range[0];
                return out.write(ByteBuffer.wrap(heads[index]));
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(CHUNK, range[1] - from));
            while (buffer.hasRemaining()) {
                if (file.read(buffer, base + from + buffer.position()) < 0) {
                    throw new EOFException("the file " + path + " is shorter than the ranges it was to send");
                }
            }
            from += buffer.capacity();
            if (from == range[1]) {
                index++;
                from = -1;
            }
            return out.write(buffer.flip());
        }
    }
}
