package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.griddle.concurrent.Async;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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

/**
 * Requests the server answers itself, before or instead of the application (413, 503 over the concurrency limit,
 * 408 on the request timeout, 400/414 for malformed ones), have their access-log line like any other.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RejectionAccessLogTest {

    private static final String CLIENT = "127\\.0\\.0\\.1:\\d+ - ";
    private static final String TIME = " \\d+\\.\\d\\dms";

    private static final WebApp APP = new WebApp()
            .get("/ping", Endpoint.async(request -> CompletableFuture.completedFuture(Map.of("pong", true))))
            .get(
                    "/slow",
                    Endpoint.async(request -> Async.sleep(Duration.ofSeconds(2)).thenApply(v -> "slow")))
            .route(
                    Set.of("POST"),
                    "/echo",
                    Endpoint.async(request ->
                            request.body().thenApply(bytes -> Response.bytes(bytes, "application/octet-stream"))));

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger access = (Logger) LoggerFactory.getLogger("griddle.access");

    @BeforeEach
    void captureTheAccessLog() {
        log.start();
        access.addAppender(log);
    }

    @AfterEach
    void release() {
        access.detachAppender(log);
    }

    private static GriddleServer start(UnaryOperator<ServerConfig.Builder> settings) {
        return GriddleServer.start(
                APP,
                settings.apply(ServerConfig.builder()
                                .port(0)
                                .loops(1)
                                .accessLog(true)
                                .gracefulShutdown(Duration.ofSeconds(1)))
                        .build());
    }

    private List<String> lines() {
        return List.copyOf(log.list).stream()
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    @Test
    void aBodyOverTheLimitIsLoggedAs413() throws Exception {
        try (GriddleServer server = start(b -> b.maxBodySize(1000))) {
            assertThat(RawClient.exchange(
                            server.port(),
                            "POST /echo?by=length HTTP/1.1\r\nHost: t\r\n" + "Content-Length: 1001\r\n\r\n"
                                    + "x".repeat(1001)))
                    .startsWith("HTTP/1.1 413 ");
            String chunk = Integer.toHexString(600) + "\r\n" + "y".repeat(600) + "\r\n";
            assertThat(RawClient.exchange(
                            server.port(),
                            "POST /echo?by=chunks HTTP/1.1\r\nHost: t\r\n" + "Transfer-Encoding: chunked\r\n\r\n"
                                    + chunk + chunk + "0\r\n\r\n"))
                    .startsWith("HTTP/1.1 413 ");
        }
        assertThat(lines())
                .anyMatch(line -> line.matches(CLIENT + "\"POST /echo\\?by=length HTTP/1\\.1\" 413" + TIME))
                .anyMatch(line -> line.matches(CLIENT + "\"POST /echo\\?by=chunks HTTP/1\\.1\" 413" + TIME));
    }

    @Test
    void anHttp2RequestRefusedIsLoggedWithItsProtocol() throws Exception {
        try (GriddleServer server = start(b -> b.maxBodySize(1000).http2(true));
                H2Wire wire = new H2Wire(new Socket("127.0.0.1", server.port())).preface()) {
            wire.post(1, "/echo", 5000);
            H2Wire.Frame answer;
            do {
                answer = wire.read();
            } while (answer != null && !(answer.type() == H2Wire.HEADERS && answer.stream() == 1));
            assertThat(answer).as("the answer's headers on stream 1").isNotNull();
        }
        assertThat(lines()).anyMatch(line -> line.matches(CLIENT + "\"POST /echo HTTP/2\" 413" + TIME));
    }

    @Test
    void aRequestOverTheConcurrencyLimitIsLoggedAs503() throws Exception {
        try (GriddleServer server = start(b -> b.limitConcurrency(1));
                Socket busy = new Socket("127.0.0.1", server.port())) {
            busy.getOutputStream().write("GET /slow HTTP/1.1\r\nHost: t\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 500 && server.inFlight() == 0; i++) {
                Thread.sleep(10); // until the slow request holds the only place (at most 5 s)
            }
            assertThat(server.inFlight()).isEqualTo(1);
            assertThat(RawClient.exchange(server.port(), "GET /ping HTTP/1.1\r\nHost: t\r\n\r\n"))
                    .startsWith("HTTP/1.1 503 ");
        }
        assertThat(lines()).anyMatch(line -> line.matches(CLIENT + "\"GET /ping HTTP/1\\.1\" 503" + TIME));
    }

    @Test
    void aRequestTimedOutIsLoggedAs408Or503() throws Exception {
        try (GriddleServer server = start(b -> b.timeoutRequest(Duration.ofMillis(300)))) {
            assertThat(RawClient.exchange(
                            server.port(), "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nab"))
                    .startsWith("HTTP/1.1 408 ");
            assertThat(RawClient.exchange(server.port(), "GET /slow HTTP/1.1\r\nHost: t\r\n\r\n"))
                    .startsWith("HTTP/1.1 503 ");
        }
        assertThat(lines())
                .anyMatch(line -> line.matches(CLIENT + "\"POST /echo HTTP/1\\.1\" 408" + TIME))
                .anyMatch(line -> line.matches(CLIENT + "\"GET /slow HTTP/1\\.1\" 503" + TIME));
    }

    @Test
    void malformedRequestsAreLoggedWithWhatCouldBeRead() throws Exception {
        try (GriddleServer server = start(b -> b.maxRequestLine(64))) {
            // Smuggling: the request line was read, the headers refused.
            assertThat(RawClient.exchange(
                            server.port(),
                            "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\n"
                                    + "Transfer-Encoding: chunked\r\n\r\n4\r\nping\r\n0\r\n\r\n"))
                    .startsWith("HTTP/1.1 400 ");
            // A request line over the limit: nothing of it is known.
            assertThat(RawClient.exchange(server.port(), "GET /" + "a".repeat(100) + " HTTP/1.1\r\nHost: t\r\n\r\n"))
                    .startsWith("HTTP/1.1 414 ");
            // A target that is not a path.
            assertThat(RawClient.exchange(server.port(), "GET nowhere HTTP/1.1\r\nHost: t\r\n\r\n"))
                    .startsWith("HTTP/1.1 400 ");
        }
        assertThat(lines())
                .anyMatch(line -> line.matches(CLIENT + "\"POST /echo HTTP/1\\.1\" 400" + TIME))
                .anyMatch(line -> line.matches(CLIENT + "\"-\" 414" + TIME))
                .anyMatch(line -> line.matches(CLIENT + "\"GET nowhere HTTP/1\\.1\" 400" + TIME));
    }
}
