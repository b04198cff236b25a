package io.griddle.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What an HTTP/1.1 server did with some bytes sent on a new connection, written as a corpus outcome: the statuses of
 * the complete responses in order, then {@code close} when the server closed the connection or {@code open} when it
 * kept it (e.g. {@code 400 close}, {@code 200 200 open}, {@code close}); {@code partial} before the last word when a
 * response was cut short. Unlike {@link RawClient}, which waits for silence, it stops as soon as the server closes
 * or the responses the case can have are all in, then waits only {@link #SILENCE_MS} for anything more.
 */
final class Http1Outcome {

    /** How long a kept connection must stay silent after the last response counted. */
    static final int SILENCE_MS = 250;

    private static final long DEADLINE_NANOS = 5_000_000_000L;

    private Http1Outcome() {}

    /**
     * Sends the bytes and reads the answer.
     *
     * @param wanted the most responses the case may get: reading stops after a silence once they are in
     */
    static String of(int port, byte[] bytes, int wanted) throws IOException {
        return of(port, bytes, wanted, false);
    }

    /**
     * The same; with {@code closeExpected}, a silence after the responses does not end the reading: only the close
     * or the deadline does (a loaded machine may close a little late, and that is still a close).
     */
    static String of(int port, byte[] bytes, int wanted, boolean closeExpected) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(SILENCE_MS);
            try {
                socket.getOutputStream().write(bytes);
            } catch (SocketException closedEarly) {
                // the server refused and closed before taking all of it: what it answered is still to be read
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            boolean closed = false;
            long deadline = System.nanoTime() + DEADLINE_NANOS;
            while (true) {
                try {
                    int n = in.read(buffer);
                    if (n < 0) {
                        closed = true;
                        break;
                    }
                    received.write(buffer, 0, n);
                } catch (SocketTimeoutException silence) {
                    if (Responses.parse(received.toByteArray()).statuses.size() >= wanted && !closeExpected
                            || System.nanoTime() > deadline) {
                        break;
                    }
                } catch (SocketException reset) {
                    closed = true;
                    break;
                }
            }
            return Responses.parse(received.toByteArray()).describe(closed);
        }
    }

    /** The responses in the bytes received, as far as they are complete. */
    static final class Responses {
        final List<Integer> statuses = new ArrayList<>();
        boolean partial;

        String describe(boolean closed) {
            StringBuilder text = new StringBuilder();
            for (int status : statuses) {
                text.append(status).append(' ');
            }
            return text.append(partial ? "partial " : "")
                    .append(closed ? "close" : "open")
                    .toString();
        }

        static Responses parse(byte[] bytes) {
            Responses responses = new Responses();
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int at = 0;
            while (at < text.length()) {
                int end = text.indexOf("\r\n\r\n", at);
                if (end < 0 || !text.startsWith("HTTP/1.", at) || text.length() < at + 12) {
                    responses.partial = true;
                    break;
                }
                int status = Integer.parseInt(text.substring(at + 9, at + 12));
                responses.statuses.add(status);
                String head = text.substring(at, end).toLowerCase(java.util.Locale.ROOT);
                at = end + 4;
                if (status == 101) {
                    break; // another protocol follows
                }
                if (status < 200 || status == 204 || status == 304) {
                    continue;
                }
                int length = head.indexOf("\r\ncontent-length:");
                if (length >= 0) {
                    int lineEnd = head.indexOf("\r\n", length + 2);
                    at += Integer.parseInt(head.substring(length + 17, lineEnd < 0 ? head.length() : lineEnd)
                            .strip());
                } else if (head.contains("\r\ntransfer-encoding: chunked")) {
                    at = chunkedEnd(text, at);
                } else {
                    at = text.length(); // the body runs to the close
                }
                if (at < 0 || at > text.length()) {
                    responses.statuses.remove(responses.statuses.size() - 1);
                    responses.partial = true;
                    break;
                }
            }
            return responses;
        }

        // Where a chunked body that starts at `at` ends, or -1 when it is not complete.
        private static int chunkedEnd(String text, int at) {
            while (true) {
                int lineEnd = text.indexOf("\r\n", at);
                if (lineEnd < 0) {
                    return -1;
                }
                int size = Integer.parseInt(
                        text.substring(at, lineEnd).split(";")[0].strip(), 16);
                at = lineEnd + 2;
                if (size == 0) {
                    int trailerEnd = text.indexOf("\r\n", at);
                    while (trailerEnd > at) { // trailer fields, if any
                        at = trailerEnd + 2;
                        trailerEnd = text.indexOf("\r\n", at);
                    }
                    return trailerEnd < 0 ? -1 : trailerEnd + 2;
                }
                at += size + 2;
                if (at > text.length()) {
                    return -1;
                }
            }
        }
    }
}
