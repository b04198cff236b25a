package io.griddle.server;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** Raw HTTP over a socket, for requests as malformed or as slow as a test needs. */
final class RawClient {

    private RawClient() {}

    /** Sends the bytes and reads until the server closes, or until 3 s of silence. */
    static String exchange(int port, String raw) throws Exception {
        return exchangeWith("127.0.0.1", port, raw);
    }

    /** The same, with a server on another address. */
    static String exchangeWith(String host, int port, String raw) throws Exception {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(3000);
            socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
            return readAll(socket.getInputStream());
        }
    }

    static String readAll(InputStream in) throws Exception {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException silence) {
            // the connection stayed open
        }
        return received.toString(StandardCharsets.ISO_8859_1);
    }
}
