package io.griddle.gateway;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/** The messages of an {@link HttpScope}. */
public sealed interface HttpMessage extends Message {

    /**
     * Inbound: a piece of the request body.
     *
     * @param chunk the bytes; release it once consumed
     * @param more  whether more body follows; the last message has {@code more == false}, even for an empty body
     */
    record RequestBody(Chunk chunk, boolean more) implements HttpMessage {
        /** The one message of a request without a body. */
        public static final RequestBody EMPTY = new RequestBody(Chunk.EMPTY, false);
    }

    /** Inbound: the client has gone away, or the response is complete and nothing more will arrive. */
    record Disconnect() implements HttpMessage {
        public static final Disconnect INSTANCE = new Disconnect();
    }

    /**
     * Outbound: the status line and headers. A server may hold it until the first {@link ResponseBody}, so that a
     * response whose whole body comes in one message goes out with a {@code content-length} in one write.
     *
     * @param status  the status code
     * @param headers the response headers; a {@code content-length} header, when set, must match the body
     */
    record ResponseStart(int status, Headers headers) implements HttpMessage {}

    /**
     * Outbound: a piece of the response body. The server owns the buffer from here on and will not copy it.
     *
     * @param body the bytes, from position to limit
     * @param more whether more body follows; the response ends with {@code more == false}
     */
    record ResponseBody(ByteBuffer body, boolean more) implements HttpMessage {
        private static final ByteBuffer NOTHING = ByteBuffer.allocate(0);

        /** The last piece of a body. */
        public static ResponseBody last(ByteBuffer body) {
            return new ResponseBody(body, false);
        }

        /** The end of a body, with no more bytes. */
        public static ResponseBody end() {
            return new ResponseBody(NOTHING.duplicate(), false);
        }
    }

    /**
     * Outbound: the last piece of a response body, as a region of a file that the server sends itself, as ASGI's
     * {@code http.response.pathsend}: with {@code sendfile} (no copy through the JVM) over plain TCP, in chunks read
     * from the file over TLS and HTTP/2. A host that has no such path (the test client) reads the bytes. The server
     * opens the file when the message arrives; the application must not change it while it is sent.
     *
     * <pre>{@code
     * send.send(new HttpMessage.ResponseStart(200, Headers.of("content-type", "video/mp4")))
     *     .thenCompose(v -> send.send(new HttpMessage.ResponseFile(path, 0, Files.size(path))));
     * }</pre>
     *
     * @param path     the file
     * @param position the first byte to send
     * @param count    how many bytes to send from there; a {@code content-length} of the start, when set, must
     *                 match
     */
    record ResponseFile(Path path, long position, long count) implements HttpMessage {
        public ResponseFile {
            if (position < 0 || count < 0) {
                throw new IllegalArgumentException("a file region starts at 0 or later and has 0 bytes or more");
            }
        }
    }
}
