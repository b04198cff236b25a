package io.griddle.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Get;
import io.griddle.Header;
import io.griddle.Path;
import io.griddle.Post;
import io.griddle.Query;
import io.griddle.middleware.Cors;
import io.griddle.middleware.TrustedHost;
import io.griddle.server.GriddleServer;
import io.griddle.server.ServerConfig;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Error answers never carry the request's input in a body a browser would render as HTML: every error body is JSON
 * ({@code application/json}) or plain text ({@code text/plain}); input is echoed only inside JSON (422's
 * {@code input}), and the plain-text answers of the middleware and the server say nothing of it.
 */
class ErrorBodiesTest {

    private static final String XSS = "<script>alert(1)</script>";
    private static final String XSS_URL = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";

    record Item(String name, double price) {}

    @SuppressWarnings("unused")
    static final class Shop {
        @Get("/items/{item_id}")
        Map<String, Integer> item(@Path int item_id, @Query int q, @Header("x-token") int token) {
            return Map.of("item_id", item_id);
        }

        @Post("/items")
        Item create(@Body Item item) {
            return item;
        }
    }

    private static App app() {
        return App.create()
                .addMiddleware(
                        Cors.builder().allowOrigins("https://shop.example").build())
                .include(new Shop());
    }

    private static App behindTrustedHost() {
        return app().addMiddleware(TrustedHost.builder()
                .allowedHosts("shop.example", "127.0.0.1")
                .build());
    }

    // Whatever the status, an error is JSON or plain text; raw input shows only inside JSON.
    private static void safe(String what, int status, String contentType, String body) {
        assertThat(status).as(what).isGreaterThanOrEqualTo(400);
        assertThat(contentType).as(what).isNotNull().doesNotContainIgnoringCase("html");
        assertThat(contentType)
                .as(what)
                .matches(type -> type.startsWith("application/json") || type.startsWith("text/plain"));
        if (!contentType.startsWith("application/json")) {
            assertThat(body).as(what).doesNotContain("<script", "alert(1)");
        }
    }

    @Test
    void everyErrorOfTheAppAndItsMiddlewareIsJsonOrPlainText() {
        try (TestClient client = TestClient.of(app());
                TestClient trusted = TestClient.of(behindTrustedHost())) {
            Map<String, TestResponse> answers = new java.util.LinkedHashMap<>();
            answers.put("path parameter", client.get("/items/" + XSS_URL + "?q=1"));
            answers.put(
                    "query",
                    client.request("GET", "/items/1")
                            .query("q", XSS)
                            .header("x-token", "1")
                            .send());
            answers.put(
                    "header",
                    client.request("GET", "/items/1?q=1").header("x-token", XSS).send());
            answers.put(
                    "malformed body",
                    client.request("POST", "/items")
                            .body(("{\"name\": " + XSS).getBytes(StandardCharsets.UTF_8), "application/json")
                            .send());
            answers.put(
                    "wrong body",
                    client.request("POST", "/items")
                            .body(
                                    ("{\"name\": 1, \"price\": \"" + XSS + "\"}").getBytes(StandardCharsets.UTF_8),
                                    "application/json")
                            .send());
            answers.put(
                    "text body",
                    client.request("POST", "/items")
                            .body(XSS.getBytes(StandardCharsets.UTF_8), "text/html")
                            .send());
            answers.put("no route", client.get("/" + XSS_URL));
            answers.put("method", client.request("DELETE", "/items").send());
            answers.put(
                    "host",
                    trusted.request("GET", "/items/1").header("host", XSS).send());
            answers.put(
                    "cors",
                    client.request("OPTIONS", "/items")
                            .header("origin", XSS)
                            .header("access-control-request-method", XSS)
                            .send());
            for (Map.Entry<String, TestResponse> answer : answers.entrySet()) {
                TestResponse response = answer.getValue();
                safe(answer.getKey(), response.status(), response.header("content-type"), response.text());
            }
            // the 422s do echo the input, as FastAPI's do, inside JSON
            assertThat(answers.get("query").status()).isEqualTo(422);
            assertThat(answers.get("query").text()).contains(XSS);
            assertThat(answers.get("host").text()).isEqualTo("Invalid host header");
        }
    }

    @Test
    void theServersOwnAnswersArePlainTextAndEchoNothing() throws Exception {
        try (GriddleServer server = GriddleServer.start(
                behindTrustedHost(),
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .accessLog(false)
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build())) {
            for (String request : List.of(
                    "GET /" + XSS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
                    "GET /x HTTP/1.1\r\nHost: " + XSS + "\r\n\r\n",
                    "GET /x HTTP/1.1\r\nHost: 127.0.0.1\r\nX-" + XSS + ": 1\r\n\r\n",
                    "GET /" + "a".repeat(9000) + XSS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
                    XSS + "\r\n\r\n")) {
                String answer = exchange(server.port(), request);
                int split = answer.indexOf("\r\n\r\n");
                String head = answer.substring(0, split);
                String type = head.lines()
                        .filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
                        .map(line -> line.substring("content-type:".length()).strip())
                        .findFirst()
                        .orElse(null);
                safe(
                        request.lines().findFirst().orElseThrow(),
                        Integer.parseInt(head.substring(9, 12)),
                        type,
                        answer.substring(split + 4));
            }
        }
    }

    private static String exchange(int port, String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) > 0) {
                answer.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
                if (answer.indexOf("\r\n\r\n") > 0 && complete(answer.toString())) {
                    break;
                }
            }
            return answer.toString();
        }
    }

    // The head is in, and as much body as its content-length says.
    private static boolean complete(String answer) {
        int split = answer.indexOf("\r\n\r\n");
        for (String line : answer.substring(0, split).split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                return answer.length() - split - 4
                        >= Integer.parseInt(line.substring(15).strip());
            }
        }
        return true;
    }
}
