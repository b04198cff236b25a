package io.griddle.server.websocket;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client on a raw socket, frame by frame, for handshakes and frames as wrong as a test needs. Frames it
 * sends are masked unless told otherwise; every read waits at most 5 s.
 */
public final class WsWire implements AutoCloseable {

    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CONTINUATION = 0x0;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;

    /** One frame as read. */
    public record Frame(boolean fin, int opcode, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        /** A close frame's code, or 1005 when it has none. */
        public int closeCode() {
            return payload.length < 2 ? 1005 : ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
        }

        String closeReason() {
            return payload.length < 2 ? "" : new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
        }
    }

    public final Socket socket;
    final DataInputStream in;
    public final OutputStream out;
    /** The handshake response's head: status line and headers, lower-cased names kept as sent. */
    final String head;

    public final int status;

    private WsWire(Socket socket, String head) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.head = head;
        this.status = Integer.parseInt(head.substring(9, 12));
    }

    /** Opens a connection and sends a valid handshake for the path, with extra header lines ("Name: value"). */
    public static WsWire open(int port, String path, String... headers) throws IOException {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: " + key() + "\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return raw(port, request.append("\r\n").toString());
    }

    /** Sends the request as given and reads the response head. */
    static WsWire raw(int port, String request) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5000);
        socket.setTcpNoDelay(true);
        socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        return new WsWire(socket, readHead(socket.getInputStream()));
    }

    static String key() {
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        return Base64.getEncoder().encodeToString(nonce);
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("closed before the response head ended: " + head);
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1
                    : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** A header's value in the response head, or {@code null}. */
    String header(String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    /** Reads what follows the head until the server closes or 2 s of silence (a denial's body). */
    String rest() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        socket.setSoTimeout(2000);
        try {
            for (int b; (b = in.read()) >= 0; ) {
                body.write(b);
            }
        } catch (SocketTimeoutException silence) {
            // still open
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    void text(String text) throws IOException {
        frame(true, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    void binary(byte[] bytes) throws IOException {
        frame(true, BINARY, bytes);
    }

    void close(int code, String reason) throws IOException {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        ByteBuffer payload =
                ByteBuffer.allocate(2 + text.length).putShort((short) code).put(text);
        frame(true, CLOSE, payload.array());
    }

    void frame(boolean fin, int opcode, byte[] payload) throws IOException {
        frame(fin, 0, opcode, payload, true);
    }

    /** Writes one frame: rsv is the three reserved bits (0..7); unmasked when mask is false. */
    void frame(boolean fin, int rsv, int opcode, byte[] payload, boolean mask) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 14);
        frame.write((fin ? 0x80 : 0) | (rsv << 4) | opcode);
        int maskBit = mask ? 0x80 : 0;
        if (payload.length < 126) {
            frame.write(maskBit | payload.length);
        } else if (payload.length < 65536) {
            frame.write(maskBit | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xFF);
        } else {
            frame.write(maskBit | 127);
            frame.writeBytes(ByteBuffer.allocate(8).putLong(payload.length).array());
        }
        byte[] key = new byte[4];
        if (mask) {
            ThreadLocalRandom.current().nextBytes(key);
            frame.writeBytes(key);
        }
        byte[] body = payload.clone();
        for (int i = 0; mask && i < body.length; i++) {
            body[i] ^= key[i & 3];
        }
        frame.writeBytes(body);
        out.write(frame.toByteArray());
        out.flush();
    }

    /** Reads the next frame (the server's are not masked). */
    public Frame read() throws IOException {
        int first = in.readUnsignedByte();
        int second = in.readUnsignedByte();
        long length = second & 0x7F;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] key = null;
        if ((second & 0x80) != 0) {
            key = new byte[4];
            in.readFully(key);
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        for (int i = 0; key != null && i < payload.length; i++) {
            payload[i] ^= key[i & 3];
        }
        return new Frame((first & 0x80) != 0, first & 0x0F, payload);
    }

    /** Reads frames until one that is not a ping (answering none). */
    Frame readSkippingPings() throws IOException {
        Frame frame;
        do {
            frame = read();
        } while (frame.opcode() == PING);
        return frame;
    }

    /** Whether the server has closed the connection: a read sees the end (within 5 s). */
    public boolean serverClosed() throws IOException {
        try {
            return in.read() < 0;
        } catch (java.net.SocketException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
