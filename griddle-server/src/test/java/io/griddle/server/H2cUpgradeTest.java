package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.griddle.concurrent.Async;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** Cleartext HTTP/2 by {@code Upgrade: h2c}, as the JDK's HttpClient asks for it on {@code http://} URLs. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class H2cUpgradeTest {

    // The stream id comes from the HTTP/2-to-HTTP/1 conversion: it shows which stream answered.
    static final WebApp APP = new WebApp()
            .get("/ping", Endpoint.async(request -> {
                Map<String, Object> seen = new LinkedHashMap<>();
                seen.put("http", request.scope().httpVersion());
                seen.put("stream", request.header("x-http2-stream-id"));
                return CompletableFuture.completedFuture(seen);
            }))
            .get(
                    "/slow",
                    Endpoint.async(
                            request -> Async.sleep(Duration.ofMillis(300)).thenApply(v -> "slow")))
            .route(
                    Set.of("POST"),
                    "/echo",
                    Endpoint.async(request -> request.body().thenApply(bytes -> Response.bytes(bytes, "text/plain"))));

    private final ListAppender<ILoggingEvent> accessLog = new ListAppender<>();
    private final Logger access = (Logger) LoggerFactory.getLogger("griddle.access");
    private final ListAppender<ILoggingEvent> leaks = new ListAppender<>();
    private final Logger leakDetector = (Logger) LoggerFactory.getLogger(io.netty.util.ResourceLeakDetector.class);

    @BeforeEach
    void captureTheAccessLogAndLeakReports() {
        accessLog.start();
        access.addAppender(accessLog);
        leaks.start();
        leakDetector.addAppender(leaks);
    }

    // The leak detector (PARANOID in tests) reports a lost buffer when it is collected and the next buffer is
    // tracked: collect, allocate, and look at what it said.
    @AfterEach
    void noBufferLeaked() throws Exception {
        access.detachAppender(accessLog);
        try {
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(50);
                io.netty.buffer.PooledByteBufAllocator.DEFAULT.directBuffer(16).release();
                io.netty.buffer.PooledByteBufAllocator.DEFAULT.heapBuffer(16).release();
            }
        } finally {
            leakDetector.detachAppender(leaks);
        }
        assertThat(leaks.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(line -> line.contains("LEAK"));
    }

    static GriddleServer start(UnaryOperator<ServerConfig.Builder> settings) {
        return GriddleServer.start(
                APP,
                settings.apply(ServerConfig.builder().port(0).loops(1).gracefulShutdown(Duration.ofSeconds(1)))
                        .build());
    }

    private static HttpClient http2Client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, String url, String body) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theUpgradedRequestIsAnsweredOnStream1AndTheNextOnesOnTheSameConnection() throws Exception {
        try (GriddleServer server = start(b -> b.http2(true));
                HttpClient client = http2Client()) {
            String url = "http://127.0.0.1:" + server.port() + "/ping";
            HttpResponse<String> first = get(client, url);
            assertThat(first.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(first.body()).isEqualTo("{\"http\":\"2\",\"stream\":\"1\"}");
            HttpResponse<String> second = get(client, url);
            assertThat(second.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(second.body()).isEqualTo("{\"http\":\"2\",\"stream\":\"3\"}");
        }
        assertThat(accessLog.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .filteredOn(line -> line.contains("/ping"))
                .hasSize(2)
                .allMatch(line -> line.matches("127\\.0\\.0\\.1:\\d+ - \"GET /ping HTTP/2\" 200 \\d+\\.\\d\\dms"));
    }

    @Test
    void withoutHttp2TheUpgradeIsIgnored() throws Exception {
        try (GriddleServer server = start(b -> b);
                HttpClient client = http2Client()) {
            HttpResponse<String> response = get(client, "http://127.0.0.1:" + server.port() + "/ping");
            assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThat(response.body()).isEqualTo("{\"http\":\"1.1\",\"stream\":null}");
        }
    }

    @Test
    void anUpgradeRequestCarriesItsBodyToStream1() throws Exception {
        try (GriddleServer server = start(b -> b.http2(true));
                HttpClient client = http2Client()) {
            String body = "ü".repeat(10_000); // 20 000 bytes, under the upgrade's 64 KiB
            HttpResponse<String> echoed = post(client, "http://127.0.0.1:" + server.port() + "/echo", body);
            assertThat(echoed.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(echoed.body()).isEqualTo(body);
        }
    }

    @Test
    void aBodyTooLargeToUpgradeWithIsServedOverHttp11() throws Exception {
        try (GriddleServer server = start(b -> b.http2(true));
                HttpClient client = http2Client()) {
            String body = "x".repeat(100_000);
            HttpResponse<String> echoed = post(client, "http://127.0.0.1:" + server.port() + "/echo", body);
            assertThat(echoed.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThat(echoed.body()).isEqualTo(body);
        }
    }

    @Test
    void theBodyLimitHoldsOnBothPaths() throws Exception {
        try (GriddleServer server = start(b -> b.http2(true).maxBodySize(1000));
                HttpClient client = http2Client()) {
            String url = "http://127.0.0.1:" + server.port() + "/echo";
            HttpResponse<String> upgraded = post(client, url, "y".repeat(2000));
            assertThat(upgraded.statusCode()).isEqualTo(413);
            assertThat(upgraded.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(upgraded.body()).isEqualTo("Request body too large");
            try (HttpClient fresh = http2Client()) {
                HttpResponse<String> large = post(fresh, url, "y".repeat(100_000));
                assertThat(large.statusCode()).isEqualTo(413);
                assertThat(large.body()).isEqualTo("Request body too large");
            }
            try (HttpClient fresh = http2Client()) {
                assertThat(post(fresh, url, "small").body()).isEqualTo("small");
            }
        }
    }

    // The upgrade headers as a client sends them; the settings say MAX_CONCURRENT_STREAMS = 100.
    private static final String UPGRADE =
            "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n" + "HTTP2-Settings: AAMAAABk\r\n";

    /** Sends raw bytes and reads until the marker has arrived, the server closes, or 5 s pass. */
    private static String exchangeUntil(int port, String raw, String marker) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n;
                        !received.toString(StandardCharsets.ISO_8859_1).contains(marker)
                                && (n = in.read(buffer)) > 0; ) {
                    received.write(buffer, 0, n);
                }
            } catch (java.net.SocketTimeoutException silence) {
                // returned as it is: the assertion says what was missing
            }
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aRawUpgradeGets101ThenItsResponseAsHttp2Frames() throws Exception {
        try (GriddleServer server = start(b -> b.http2(true))) {
            String body = "{\"http\":\"2\",\"stream\":\"1\"}";
            String answer = exchangeUntil(server.port(), "GET /ping HTTP/1.1\r\nHost: t\r\n" + UPGRADE + "\r\n", body);
            assertThat(answer)
                    .startsWith("HTTP/1.1 101 Switching Protocols\r\n")
                    .containsIgnoringCase("upgrade: h2c")
                    .contains(body); // a DATA frame carries the body as it is
        }
    }

    @Test
    void upgradesThatWouldNeedMoreThanOneRequestInMemoryAreDeclined() throws Exception {
        try (GriddleServer server = start(b -> b.http2(true))) {
            int port = server.port();
            // chunked: served over HTTP/1.1
            assertThat(RawClient.exchange(
                            port,
                            "POST /echo HTTP/1.1\r\nHost: t\r\n" + UPGRADE
                                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n"))
                    .startsWith("HTTP/1.1 200 OK")
                    .doesNotContain("101 Switching")
                    .endsWith("hello");
            // 100-continue: the connection answers it, not the upgrade
            assertThat(exchangeUntil(
                            port,
                            "POST /echo HTTP/1.1\r\nHost: t\r\n" + UPGRADE
                                    + "Expect: 100-continue\r\nContent-Length: 5\r\n\r\n",
                            "100 Continue"))
                    .startsWith("HTTP/1.1 100 Continue");
            // bad settings: no switch, the request is served as it came
            assertThat(RawClient.exchange(
                            port,
                            "GET /ping HTTP/1.1\r\nHost: t\r\nConnection: Upgrade, HTTP2-Settings, close"
                                    + "\r\nUpgrade: h2c\r\nHTTP2-Settings: !!\r\n\r\n"))
                    .startsWith("HTTP/1.1 200 OK")
                    .endsWith("{\"http\":\"1.1\",\"stream\":null}");
            // another protocol: not ours to switch to (websocket is now: an invalid handshake for it is a 400,
            // see WebSocketBadInputTest)
            assertThat(RawClient.exchange(
                            port,
                            "GET /ping HTTP/1.1\r\nHost: t\r\nConnection: Upgrade, close"
                                    + "\r\nUpgrade: irc/6.9\r\n\r\n"))
                    .startsWith("HTTP/1.1 200 OK");
        }
    }

    @Test
    void aPipelinedUpgradeBehindARequestInFlightIsServedOverHttp11InOrder() throws Exception {
        try (GriddleServer server = start(b -> b.http2(true))) {
            String answer = RawClient.exchange(
                    server.port(),
                    "GET /slow HTTP/1.1\r\nHost: t\r\n\r\n"
                            + "GET /ping HTTP/1.1\r\nHost: t\r\n"
                            + UPGRADE.replace("HTTP2-Settings\r\n", "HTTP2-Settings, close\r\n")
                            + "\r\n");
            assertThat(answer)
                    .startsWith("HTTP/1.1 200 OK")
                    .doesNotContain("101 Switching")
                    .endsWith("{\"http\":\"1.1\",\"stream\":null}");
            assertThat(answer.indexOf("slow")).isLessThan(answer.indexOf("\"http\""));
        }
    }
}
