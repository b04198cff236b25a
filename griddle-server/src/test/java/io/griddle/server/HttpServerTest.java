package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.concurrent.Async;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The HTTP/1.1 server over raw sockets: bodies, streaming, failures, and what it refuses to send. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HttpServerTest {

    private static GriddleServer server;

    @BeforeAll
    static void start() {
        WebApp app = new WebApp()
                .route(
                        Set.of("POST"),
                        "/echo",
                        Endpoint.async(request ->
                                request.body().thenApply(bytes -> Response.bytes(bytes, "application/octet-stream"))))
                // Says whether the body was there when the app started: the server holds a head whose body is in
                // the same read until that body is queued.
                .route(Set.of("POST"), "/body-ready", Endpoint.async(request -> {
                    boolean ready = request.body().toCompletableFuture().isDone();
                    return request.body()
                            .thenApply(bytes -> Response.text(
                                    (ready ? "ready:" : "waited:") + new String(bytes, StandardCharsets.UTF_8)));
                }))
                .get("/fail", Endpoint.blocking(request -> {
                    throw new IllegalStateException("boom");
                }))
                .get("/bad-header", Endpoint.blocking(request -> {
                    Response response = Response.text("x");
                    response.headers().add("x-injected", "a\r\nset-cookie: evil=1");
                    return response;
                }))
                .get(
                        "/stream",
                        Endpoint.async(request -> CompletableFuture.completedFuture(Response.stream(
                                "text/plain",
                                out -> out.write("one,")
                                        .thenCompose(v -> Async.sleep(Duration.ofMillis(20)))
                                        .thenCompose(v ->
                                                out.write(ByteBuffer.wrap("two".getBytes(StandardCharsets.UTF_8))))))));
        server = GriddleServer.start(
                app,
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String exchange(String raw) throws Exception {
        return RawClient.exchange(server.port(), raw);
    }

    private static String readAll(InputStream in) throws Exception {
        return RawClient.readAll(in);
    }

    @Test
    void portZeroPicksAFreePort() {
        assertThat(server.port()).isPositive().isNotEqualTo(8000);
    }

    @Test
    void echoesAFixedLengthBody() throws Exception {
        String body = "x".repeat(100_000);
        String answer = exchange("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(answer)
                .startsWith("HTTP/1.1 200 OK")
                .contains("content-length: 100000")
                .endsWith(body);
    }

    @Test
    void aBodySentWithItsHeadIsThereWhenTheAppStarts() throws Exception {
        // One small write on loopback arrives in one read: the request starts with its body queued.
        String answer = exchange(
                "POST /body-ready HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n" + "Connection: close\r\n\r\nhello");
        assertThat(answer).startsWith("HTTP/1.1 200 OK").endsWith("ready:hello");
    }

    @Test
    void aBodySentLaterIsWaitedFor() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            out.write("POST /body-ready HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread.sleep(200); // the head's read ends without the body: the request starts and waits for it
            out.write("later".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(readAll(socket.getInputStream()))
                    .startsWith("HTTP/1.1 200 OK")
                    .endsWith("waited:later");
        }
    }

    @Test
    void echoesAChunkedBody() throws Exception {
        String answer =
                exchange("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                        + "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200 OK").endsWith("hello world");
    }

    @Test
    void aBodyOfManySmallChunksInOneReadIsReadWhole() throws Exception {
        StringBuilder chunks = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            chunks.append("1\r\n").append((char) ('a' + i % 26)).append("\r\n");
        }
        String answer =
                exchange("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                        + chunks + "0\r\n\r\n");
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            expected.append((char) ('a' + i % 26));
        }
        assertThat(answer).startsWith("HTTP/1.1 200 OK").endsWith(expected.toString());
    }

    @Test
    void answers100ContinueWhenTheAppReadsTheBody() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\nExpect: 100-continue\r\n"
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] interim = new byte[25];
            int read = socket.getInputStream().readNBytes(interim, 0, interim.length);
            assertThat(new String(interim, 0, read, StandardCharsets.ISO_8859_1))
                    .startsWith("HTTP/1.1 100 Continue");
            out.write("ping".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(readAll(socket.getInputStream())).contains("200 OK").endsWith("ping");
        }
    }

    @Test
    void anExceptionInAHandlerGets500AndTheConnectionServesOn() throws Exception {
        String answer = exchange(
                "GET /fail HTTP/1.1\r\nHost: t\r\n\r\nGET /fail HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        assertThat(answer.split("HTTP/1.1 500 Internal Server Error", -1)).hasSize(3);
        assertThat(answer).endsWith("Internal Server Error");
    }

    @Test
    void aHeaderValueWithCrLfIsNeverSent() throws Exception {
        String answer = exchange("GET /bad-header HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 500 ").doesNotContain("evil");
    }

    @Test
    void streamsAChunkedResponse() throws Exception {
        String answer = exchange("GET /stream HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        assertThat(answer)
                .contains("transfer-encoding: chunked")
                .contains("4\r\none,\r\n")
                .contains("3\r\ntwo\r\n")
                .endsWith("0\r\n\r\n");
    }

    @Test
    void http10ClosesAfterTheResponse() throws Exception {
        String answer = exchange("GET /stream HTTP/1.0\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200 OK").contains("connection: close");
    }

    @Test
    void aFailedStartupStopsTheServerWithTheCause() {
        WebApp failing = new WebApp().onStartup(state -> {
            throw new IllegalStateException("database unreachable");
        });
        assertThatThrownBy(() -> GriddleServer.start(
                        failing, ServerConfig.builder().port(0).loops(1).build()))
                .isInstanceOf(GriddleServer.StartupFailure.class)
                .hasMessageContaining("database unreachable");
    }

    @Test
    void aTakenPortIsAStartupFailure() {
        assertThatThrownBy(() -> GriddleServer.start(
                        new WebApp(),
                        ServerConfig.builder()
                                .host("127.0.0.1")
                                .port(server.port())
                                .loops(1)
                                .build()))
                .isInstanceOf(GriddleServer.StartupFailure.class)
                .hasMessageContaining("could not bind");
    }
}
