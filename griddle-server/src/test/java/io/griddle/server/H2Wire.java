package io.griddle.server;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/2 frames over a socket, written and read by hand: for tests that watch what the server sends on the
 * connection itself (SETTINGS, GOAWAY, the moment it closes), which HTTP clients hide.
 */
final class H2Wire implements AutoCloseable {

    static final int DATA = 0x0, HEADERS = 0x1, SETTINGS = 0x4, PING = 0x6, GOAWAY = 0x7;
    private static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    /** One frame as read. */
    record Frame(int type, int flags, int stream, byte[] payload) {
        boolean endStream() {
            return (flags & 0x1) != 0 && (type == DATA || type == HEADERS);
        }

        /** A GOAWAY frame's last stream id: the highest the server took. */
        int lastStreamId() {
            return (payload[0] & 0x7f) << 24 | (payload[1] & 0xff) << 16 | (payload[2] & 0xff) << 8 | payload[3] & 0xff;
        }

        /** A GOAWAY frame's error code. */
        int errorCode() {
            return (payload[4] & 0xff) << 24 | (payload[5] & 0xff) << 16 | (payload[6] & 0xff) << 8 | payload[7] & 0xff;
        }
    }

    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;

    /** Over a connected socket (TLS or not); reads wait at most 10 s. */
    H2Wire(Socket socket) throws IOException {
        this(socket, socket.getInputStream());
    }

    /** The same, reading from {@code in} (what remains of the socket's input after an HTTP/1.1 101 answer). */
    H2Wire(Socket socket, InputStream in) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(10_000);
        this.out = socket.getOutputStream();
        this.in = new DataInputStream(in);
    }

    /** The client preface and an empty SETTINGS frame. */
    H2Wire preface() throws IOException {
        out.write(PREFACE);
        frame(SETTINGS, 0, 0, new byte[0]);
        return this;
    }

    /** A GET on the stream, headers only (END_STREAM, END_HEADERS), HPACK literals without Huffman coding. */
    void get(int stream, String path) throws IOException {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        block.write(0x82); // :method GET
        block.write(0x86); // :scheme http
        literal(block, 0x04, path); // :path
        literal(block, 0x01, "127.0.0.1"); // :authority
        frame(HEADERS, 0x5, stream, block.toByteArray());
    }

    /** A POST's headers announcing a body of this length; the body itself is not sent (END_HEADERS only). */
    void post(int stream, String path, long contentLength) throws IOException {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        block.write(0x83); // :method POST
        block.write(0x86); // :scheme http
        literal(block, 0x04, path); // :path
        literal(block, 0x01, "127.0.0.1"); // :authority
        literal(block, 28, String.valueOf(contentLength)); // content-length
        frame(HEADERS, 0x4, stream, block.toByteArray());
    }

    // A literal header field without indexing, its name from the static table (index in a 4-bit prefix).
    private static void literal(ByteArrayOutputStream block, int nameIndex, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        if (nameIndex < 15) {
            block.write(nameIndex);
        } else {
            block.write(0x0f);
            block.write(nameIndex - 15); // below 128 here: one continuation byte
        }
        block.write(bytes.length); // short values only: the 7-bit prefix is enough
        block.writeBytes(bytes);
    }

    void frame(int type, int flags, int stream, byte[] payload) throws IOException {
        byte[] header = {
            (byte) (payload.length >>> 16),
            (byte) (payload.length >>> 8),
            (byte) payload.length,
            (byte) type,
            (byte) flags,
            (byte) (stream >>> 24),
            (byte) (stream >>> 16),
            (byte) (stream >>> 8),
            (byte) stream
        };
        out.write(header);
        out.write(payload);
        out.flush();
    }

    /** The next frame, or {@code null} once the server has closed the connection. */
    Frame read() throws IOException {
        byte[] header = new byte[9];
        try {
            in.readFully(header);
        } catch (EOFException closed) {
            return null;
        } catch (java.net.SocketException reset) {
            return null;
        }
        int length = (header[0] & 0xff) << 16 | (header[1] & 0xff) << 8 | header[2] & 0xff;
        byte[] payload = new byte[length];
        in.readFully(payload);
        int stream = (header[5] & 0x7f) << 24 | (header[6] & 0xff) << 16 | (header[7] & 0xff) << 8 | header[8] & 0xff;
        Frame frame = new Frame(header[3] & 0xff, header[4] & 0xff, stream, payload);
        if (frame.type() == SETTINGS && (frame.flags() & 0x1) == 0) {
            frame(SETTINGS, 0x1, 0, new byte[0]); // acknowledge the server's settings, as a client must
        }
        return frame;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
