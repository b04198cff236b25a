package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.griddle.concurrent.Async;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** The server's limits and timeouts, each on a server of its own configured for it. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LimitsTest {

    private static final WebApp APP = new WebApp()
            .get("/ping", Endpoint.async(request -> CompletableFuture.completedFuture(Map.of("pong", true))))
            .get(
                    "/slow",
                    Endpoint.async(request -> Async.sleep(Duration.ofSeconds(1)).thenApply(v -> Map.of("slow", true))))
            .get(
                    "/stuck",
                    Endpoint.async(
                            request -> Async.sleep(Duration.ofSeconds(30)).thenApply(v -> "late")))
            .route(
                    Set.of("POST"),
                    "/echo",
                    Endpoint.async(request ->
                            request.body().thenApply(bytes -> Response.bytes(bytes, "application/octet-stream"))));

    private static GriddleServer start(UnaryOperator<ServerConfig.Builder> settings) {
        return GriddleServer.start(
                APP,
                settings.apply(ServerConfig.builder().port(0).loops(1).gracefulShutdown(Duration.ofSeconds(1)))
                        .build());
    }

    private static String ping(GriddleServer server) throws Exception {
        return RawClient.exchange(server.port(), "GET /ping HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    }

    /** Reads from the socket until the server closes it; answers how long that took, in ms. */
    private static long millisUntilClosed(Socket socket) throws Exception {
        long start = System.nanoTime();
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        while (in.read(buffer) >= 0) {
            // drain whatever comes before the close
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void anIdleKeepAliveConnectionIsClosedAfterTheTimeout() throws Exception {
        try (GriddleServer server = start(b -> b.timeoutKeepAlive(Duration.ofMillis(300)));
                Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write("GET /ping HTTP/1.1\r\nHost: t\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(millisUntilClosed(socket)).isBetween(250L, 5000L);
        }
    }

    @Test
    void aSlowlorisClientIsCutOffWhileOthersAreServed() throws Exception {
        try (GriddleServer server = start(
                        b -> b.timeoutHeaderRead(Duration.ofMillis(600)).timeoutKeepAlive(Duration.ofSeconds(30)));
                Socket slow = new Socket("127.0.0.1", server.port())) {
            OutputStream out = slow.getOutputStream();
            out.write("GET /ping HTTP/1.1\r\nHost: t\r\n".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            boolean cut = false;
            for (int i = 0; i < 50 && !cut; i++) { // one header byte every 100 ms, for at most 5 s
                assertThat(ping(server)).startsWith("HTTP/1.1 200 OK");
                try {
                    out.write('X');
                    out.flush();
                } catch (java.io.IOException closed) {
                    cut = true;
                }
                Thread.sleep(100);
                if (slow.getInputStream().available() == 0 && !cut) {
                    slow.setSoTimeout(1);
                    try {
                        cut = slow.getInputStream().read() < 0;
                    } catch (java.net.SocketTimeoutException stillOpen) {
                        // still open
                    } catch (java.io.IOException reset) {
                        cut = true;
                    }
                }
            }
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            assertThat(cut).as("the slow client was disconnected").isTrue();
            assertThat(elapsed).isBetween(500L, 4000L);
        }
    }

    @Test
    void beyondTheConcurrencyLimitRequestsGet503() throws Exception {
        try (GriddleServer server = start(b -> b.limitConcurrency(4).backlog(128));
                ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(clients.submit(() -> RawClient.exchange(
                        server.port(), "GET /slow HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")));
            }
            int ok = 0;
            int unavailable = 0;
            for (Future<String> answer : answers) {
                String text = answer.get(30, TimeUnit.SECONDS);
                if (text.startsWith("HTTP/1.1 200 OK")) {
                    ok++;
                } else {
                    assertThat(text)
                            .startsWith("HTTP/1.1 503 Service Unavailable")
                            .contains("connection: close")
                            .endsWith("Service Unavailable");
                    unavailable++;
                }
            }
            assertThat(ok + unavailable).isEqualTo(20);
            assertThat(ok).isBetween(4, 12); // 4 at a time; a late arrival may find a freed place
            assertThat(unavailable).isGreaterThanOrEqualTo(8);
            assertThat(ping(server)).startsWith("HTTP/1.1 200 OK"); // places are given back
        }
    }

    @Test
    void aBodyOverTheLimitGets413() throws Exception {
        try (GriddleServer server = start(b -> b.maxBodySize(1000))) {
            String small = "x".repeat(1000);
            assertThat(RawClient.exchange(
                            server.port(),
                            "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 1000\r\n" + "Connection: close\r\n\r\n"
                                    + small))
                    .startsWith("HTTP/1.1 200 OK")
                    .endsWith(small);
            assertThat(RawClient.exchange(
                            server.port(),
                            "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 1001\r\n\r\n" + "x".repeat(1001)))
                    .startsWith("HTTP/1.1 413 ");
            String chunk = Integer.toHexString(600) + "\r\n" + "y".repeat(600) + "\r\n";
            assertThat(RawClient.exchange(
                            server.port(),
                            "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk + chunk
                                    + "0\r\n\r\n"))
                    .startsWith("HTTP/1.1 413 ");
            assertThat(ping(server)).startsWith("HTTP/1.1 200 OK");
        }
    }

    @Test
    void anExpectContinueOverTheLimitGets413AndNo100() throws Exception {
        try (GriddleServer server = start(b -> b.maxBodySize(1000))) {
            String answer = RawClient.exchange(
                    server.port(),
                    "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5000\r\n" + "Expect: 100-continue\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 413 ").doesNotContain("100 Continue");
        }
    }

    @Test
    void contentLengthWithTransferEncodingIsRefused() throws Exception {
        try (GriddleServer server = start(b -> b)) {
            String answer = RawClient.exchange(
                    server.port(),
                    "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n4\r\nping\r\n0\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 400 ").doesNotContain("ping");
            String duplicate = RawClient.exchange(
                    server.port(),
                    "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\n" + "Content-Length: 5\r\n\r\nping!");
            assertThat(duplicate).startsWith("HTTP/1.1 400 ");
        }
    }

    @Test
    void aRequestOverTheTimeoutGets503AndOneWaitingForItsBody408() throws Exception {
        try (GriddleServer server = start(b -> b.timeoutRequest(Duration.ofMillis(500)))) {
            long start = System.nanoTime();
            assertThat(RawClient.exchange(server.port(), "GET /stuck HTTP/1.1\r\nHost: t\r\n\r\n"))
                    .startsWith("HTTP/1.1 503 ");
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(400L, 5000L);
            assertThat(RawClient.exchange(
                            server.port(), "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nab"))
                    .startsWith("HTTP/1.1 408 ");
            assertThat(ping(server)).startsWith("HTTP/1.1 200 OK");
        }
    }

    @Test
    void responseHeadersFollowTheFlags() throws Exception {
        try (GriddleServer server = start(b ->
                b.serverHeader(false).dateHeader(false).extraHeaders(List.of(Map.entry("X-Frame-Options", "DENY"))))) {
            String answer = ping(server);
            assertThat(answer)
                    .contains("X-Frame-Options: DENY")
                    .doesNotContainIgnoringCase("server:")
                    .doesNotContainIgnoringCase("date:");
        }
        try (GriddleServer server = start(b -> b)) {
            assertThat(ping(server)).contains("server: griddle").contains("date: ");
        }
    }

    @Test
    void theAccessLogHasUvicornsLineWithTheResponseTime() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger access = (Logger) LoggerFactory.getLogger("griddle.access");
        access.addAppender(log);
        try (GriddleServer server = start(b -> b.accessLog(true))) {
            ping(server);
        } finally {
            access.detachAppender(log);
        }
        assertThat(log.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.matches("127\\.0\\.0\\.1:\\d+ - \"GET /ping HTTP/1\\.1\" 200 \\d+\\.\\d\\dms"));
    }

    @Test
    void afterTheMaximumNumberOfRequestsTheServerStopsGracefully() throws Exception {
        GriddleServer server = start(b -> b.limitMaxRequests(3, 0));
        for (int i = 0; i < 3; i++) {
            assertThat(ping(server)).startsWith("HTTP/1.1 200 OK"); // the last one is answered too
        }
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), server::awaitStop);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Socket("127.0.0.1", server.port()).close())
                .isInstanceOf(java.net.ConnectException.class);
    }
}
