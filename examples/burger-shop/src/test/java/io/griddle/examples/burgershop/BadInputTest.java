package io.griddle.examples.burgershop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bad input to the burger shop's own routes gets the status its app gives (405 with its Allow, 404 for a path
 * parameter that is not an int, 422), and the loop still serves. HTTP/1.1 conformance (400/414/431, pipelining,
 * HEAD) is tested in griddle-server's {@code Http1ConformanceTest}. Requests go over raw sockets.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BadInputTest {

    private static ShopServer shop;

    @BeforeAll
    static void start() {
        shop = new ShopServer(0);
    }

    @AfterAll
    static void stop() {
        shop.close();
    }

    /** Sends raw bytes, reads until the server closes or 5 s of silence. */
    private static String exchange(String raw) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", shop.server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException silence) {
                // keep-alive: the server kept the connection open; what arrived is the answer
            }
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static void loopStillServes() throws Exception {
        assertThat(exchange("GET /quick HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200 OK")
                .endsWith("{\"status\":\"quick response\"}");
    }

    @Test
    void anUnknownMethodOnARouteGets405WithAllow() throws Exception {
        String answer = exchange("POST /quick HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        assertThat(answer)
                .startsWith("HTTP/1.1 405 Method Not Allowed")
                .contains("allow: GET, HEAD")
                .endsWith("{\"detail\":\"Method Not Allowed\"}");
        loopStillServes();
    }

    @Test
    void aNonIntegerForAnIntPathParameterGets404AsInStarlette() throws Exception {
        String answer = exchange("GET /burgers/abc HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 404 Not Found").endsWith("{\"detail\":\"Not Found\"}");
        assertThat(exchange("GET /burgers/2 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"))
                .endsWith("{\"number\":2,\"name\":\"cheese\",\"cookedSeconds\":0.0}");
    }

    @Test
    void aQueryValueOfTheWrongTypeGets422() throws Exception {
        String answer = exchange("GET /task?seconds=soon HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        assertThat(answer)
                .startsWith("HTTP/1.1 422 ")
                .endsWith("{\"detail\":[{\"type\":\"float_parsing\",\"loc\":"
                        + "[\"query\",\"seconds\"],\"msg\":\"Input should be a valid number, unable to parse string as a number\","
                        + "\"input\":\"soon\"}]}");
    }
}
