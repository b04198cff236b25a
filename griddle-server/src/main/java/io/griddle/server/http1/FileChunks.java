package io.griddle.server.http1;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Sends a region of a file as body chunks read into pooled buffers, where {@code sendfile} cannot be used (TLS
 * encrypts in the JVM; an HTTP/2 stream frames its data): 64 KiB at a time, the next read only once the channel
 * is writable again, so a slow reader holds at most a write buffer's worth of the file in memory. The reads run
 * on the event loop, as Netty's {@code ChunkedNioFile} does; the file is closed at the end, however it ends.
 */
final class FileChunks {

    static final int CHUNK = 64 * 1024;

    private final ChannelHandlerContext ctx;
    private final FileChannel file;
    private final Supplier<CompletionStage<Void>> writable;
    private final CompletableFuture<LastHttpContent> done = new CompletableFuture<>();
    private long position;
    private long remaining;

    private FileChunks(
            ChannelHandlerContext ctx,
            FileChannel file,
            long position,
            long count,
            Supplier<CompletionStage<Void>> writable) {
        this.ctx = ctx;
        this.file = file;
        this.position = position;
        this.remaining = count;
        this.writable = writable;
    }

    /**
     * Writes every chunk but the last, and completes with the last one, which the caller writes to end the
     * response; fails (the file closed) if the file is shorter than the region or the channel closed.
     */
    static CompletionStage<LastHttpContent> send(
            ChannelHandlerContext ctx,
            FileChannel file,
            long position,
            long count,
            Supplier<CompletionStage<Void>> writable) {
        FileChunks chunks = new FileChunks(ctx, file, position, count, writable);
        chunks.next();
        return chunks.done;
    }

    // Reads and writes chunks while the channel stays writable (a loop, so a fast reader costs no stack), and
    // goes on from the writability callback when it is not.
    private void next() {
        ByteBuf chunk = null;
        try {
            while (true) {
                int size = (int) Math.min(CHUNK, remaining);
                chunk = ctx.alloc().ioBuffer(size);
                while (chunk.writerIndex() < size) {
                    int read = chunk.writeBytes(file, position, size - chunk.writerIndex());
                    if (read < 0) {
                        throw new EOFException("the file ended before the region it was to send");
                    }
                    position += read;
                }
                remaining -= size;
                if (remaining == 0) {
                    close();
                    done.complete(new DefaultLastHttpContent(chunk));
                    return;
                }
                ctx.writeAndFlush(new DefaultHttpContent(chunk)).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
                chunk = null;
                CompletableFuture<Void> drained = writable.get().toCompletableFuture();
                if (drained.isDone() && !drained.isCompletedExceptionally()) {
                    continue;
                }
                drained.whenComplete((v, closed) -> {
                    if (closed != null) {
                        fail(closed);
                    } else if (ctx.executor().inEventLoop()) {
                        next();
                    } else {
                        ctx.executor().execute(this::next);
                    }
                });
                return;
            }
        } catch (IOException | RuntimeException error) {
            if (chunk != null) {
                chunk.release();
            }
            fail(error);
        }
    }

    private void fail(Throwable error) {
        close();
        done.completeExceptionally(error);
    }

    private void close() {
        try {
            file.close();
        } catch (IOException ignored) {
            // read-only: nothing was lost
        }
    }
}
