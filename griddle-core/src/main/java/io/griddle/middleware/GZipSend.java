package io.griddle.middleware;

import io.griddle.concurrent.Stages;
import io.griddle.gateway.HeaderList;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.Message;
import io.griddle.gateway.Send;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One response through {@link GZip}: holds the start until the first body chunk says how big the body is, then
 * passes it through or compresses it (gzip framing around raw deflate: header, blocks, CRC-32 and size).
 */
final class GZipSend implements Send {

    private static final CompletableFuture<Void> TAKEN = CompletableFuture.completedFuture(null);
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private enum Mode {
        WAITING,
        PASSING,
        STREAMING
    }

    private final Send send;
    private final boolean accepted;
    private final int minimumSize;
    private final GZip settings;
    private HttpMessage.ResponseStart start;
    private boolean leaveAlone; // already encoded, or an event stream
    private Mode mode = Mode.WAITING;
    private Deflater deflater;
    private final CRC32 crc = new CRC32();
    private long size;
    private boolean headerWritten;

    GZipSend(Send send, boolean accepted, int minimumSize, GZip settings) {
        this.send = send;
        this.accepted = accepted;
        this.minimumSize = minimumSize;
        this.settings = settings;
    }

    @Override
    public CompletionStage<Void> send(Message message) {
        if (message instanceof HttpMessage.ResponseStart responseStart && mode == Mode.WAITING) {
            start = responseStart;
            Headers headers = responseStart.headers();
            String type = headers.get("content-type");
            leaveAlone = headers.contains("content-encoding") || (type != null && type.startsWith("text/event-stream"));
            return TAKEN;
        }
        if (!(message instanceof HttpMessage.ResponseBody body)) {
            return send.send(message);
        }
        return switch (mode) {
            case PASSING -> send.send(body);
            case STREAMING -> {
                if (body.more() && !body.body().hasRemaining()) {
                    yield TAKEN;
                }
                yield send.send(new HttpMessage.ResponseBody(compress(body.body(), !body.more()), body.more()));
            }
            case WAITING -> first(body);
        };
    }

    private CompletionStage<Void> first(HttpMessage.ResponseBody body) {
        if (start == null) {
            return send.send(body); // a body without a start: the server reports it
        }
        int length = body.body().remaining();
        if (leaveAlone || (length < minimumSize && !body.more())) {
            mode = Mode.PASSING;
            return startThen(start, body);
        }
        HeaderList headers = HeaderEdits.copy(start.headers());
        HeaderEdits.addVary(headers, "Accept-Encoding");
        if (!accepted) {
            mode = Mode.PASSING;
            return startThen(new HttpMessage.ResponseStart(start.status(), headers), body);
        }
        headers.set("content-encoding", "gzip");
        if (!body.more()) {
            mode = Mode.PASSING;
            ByteBuffer whole = whole(body.body());
            headers.set("content-length", Integer.toString(whole.remaining()));
            return startThen(
                    new HttpMessage.ResponseStart(start.status(), headers), HttpMessage.ResponseBody.last(whole));
        }
        headers.remove("content-length");
        mode = Mode.STREAMING;
        deflater = settings.streamDeflater();
        ByteBuffer compressed = compress(body.body(), false);
        return startThen(
                new HttpMessage.ResponseStart(start.status(), headers), new HttpMessage.ResponseBody(compressed, true));
    }

    private CompletionStage<Void> startThen(HttpMessage.ResponseStart head, HttpMessage.ResponseBody body) {
        CompletionStage<Void> started = send.send(head);
        if (Stages.succeeded(started)) {
            return send.send(body);
        }
        return started.thenCompose(v -> send.send(body));
    }

    private ByteBuffer whole(ByteBuffer input) {
        Deflater whole = settings.wholeBodyDeflater();
        try {
            Output out = new Output(input.remaining() / 2 + 64);
            out.write(HEADER);
            crc.update(input.duplicate());
            size = input.remaining();
            whole.setInput(input.duplicate());
            whole.finish();
            while (!whole.finished()) {
                out.deflate(whole, Deflater.NO_FLUSH);
            }
            out.trailer(crc.getValue(), size);
            return out.buffer();
        } finally {
            whole.reset();
        }
    }

    // A streamed chunk, flushed so that it can be decompressed as it is: the first carries the header, the last
    // the trailer, after which the deflater is freed.
    private ByteBuffer compress(ByteBuffer input, boolean last) {
        Output out = new Output(input.remaining() / 2 + 64);
        if (!headerWritten) {
            headerWritten = true;
            out.write(HEADER);
        }
        crc.update(input.duplicate());
        size += input.remaining();
        deflater.setInput(input.duplicate());
        if (last) {
            deflater.finish();
            while (!deflater.finished()) {
                out.deflate(deflater, Deflater.NO_FLUSH);
            }
            out.trailer(crc.getValue(), size);
            close();
        } else {
            while (out.deflate(deflater, Deflater.SYNC_FLUSH)) {
                // until a deflate call leaves room: everything given so far is out
            }
        }
        return out.buffer();
    }

    /** Frees a stream's deflater; safe to call more than once. */
    void close() {
        Deflater streaming = deflater;
        if (streaming != null) {
            deflater = null;
            streaming.end();
        }
    }

    /** A growing byte array for compressed output. */
    private static final class Output {
        private byte[] bytes;
        private int length;

        Output(int capacity) {
            bytes = new byte[Math.max(64, capacity)];
        }

        void write(byte[] data) {
            ensure(data.length);
            System.arraycopy(data, 0, bytes, length, data.length);
            length += data.length;
        }

        // Answers whether the output filled the room it had (so there may be more to take).
        boolean deflate(Deflater deflater, int flush) {
            ensure(256);
            int room = bytes.length - length;
            int written = deflater.deflate(bytes, length, room, flush);
            length += written;
            return written == room;
        }

        void trailer(long crc, long size) {
            ensure(8);
            for (int i = 0; i < 4; i++) {
                bytes[length++] = (byte) (crc >>> (8 * i));
            }
            for (int i = 0; i < 4; i++) {
                bytes[length++] = (byte) (size >>> (8 * i));
            }
        }

        private void ensure(int more) {
            if (bytes.length - length < more) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        ByteBuffer buffer() {
            return ByteBuffer.wrap(bytes, 0, length);
        }
    }
}
