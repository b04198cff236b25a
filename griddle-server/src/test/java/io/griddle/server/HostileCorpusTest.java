package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.concurrent.Async;
import io.griddle.gateway.Gateway;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Receive;
import io.griddle.gateway.Scope;
import io.griddle.gateway.Send;
import io.griddle.gateway.WebSocketScope;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.server.websocket.LeakReports;
import io.griddle.server.websocket.WsWire;
import io.griddle.web.WebApp;
import io.griddle.websocket.WebSocketEndpoint;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-HTTP corpus (docs/hostile-http.md): every case in {@code src/test/resources/hostile/} is sent over a
 * real socket and must get one of the outcomes it lists (a refusal and a close, never a 2xx for ambiguous framing),
 * the application must have been called no more often than the case allows (never two requests where the client
 * sent one), the server must then still serve a plain request on a new connection, and Netty's leak detector
 * (PARANOID in tests) must stay silent.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileCorpusTest {

    /** The corpus files, in the order they run. */
    static final List<String> FILES = List.of(
            "http1-framing.cases",
            "http1-chunked.cases",
            "http1-head.cases",
            "http1-target.cases",
            "http1-connection.cases",
            "websocket.cases",
            "http2.cases");

    /** Requests (and WebSocket handshakes) that reached the application since the last case began. */
    private static final AtomicInteger CALLS = new AtomicInteger();

    private static GriddleServer plain;
    private static GriddleServer http2;

    @RegisterExtension
    final LeakReports leaks = new LeakReports(1, 10);

    static Stream<HostileCase> corpus() {
        return FILES.stream().flatMap(file -> HostileCase.load("/hostile/" + file).stream());
    }

    /**
     * The application every case meets: {@code GET /quick} answers at once without reading a body, {@code POST /echo}
     * reads the body and sends it back, {@code GET /slow} answers after 2 s, {@code GET /smuggled} exists so that a
     * request hidden in a body would be answered 200 if it were ever taken as a request, {@code /ws} echoes text.
     */
    static Gateway app() {
        WebApp app = new WebApp()
                .get("/quick", Endpoint.async(request -> CompletableFuture.completedFuture(Map.of("status", "quick"))))
                .route(
                        Set.of("POST"),
                        "/echo",
                        Endpoint.async(request ->
                                request.body().thenApply(bytes -> Response.bytes(bytes, "application/octet-stream"))))
                .get(
                        "/slow",
                        Endpoint.async(
                                request -> Async.sleep(Duration.ofSeconds(2)).thenApply(v -> "slow")))
                .get("/smuggled", Endpoint.async(request -> CompletableFuture.completedFuture("SMUGGLED")))
                .websocket(
                        "/ws",
                        WebSocketEndpoint.async(ws -> ws.accept().thenCompose(v -> ws.forEachText(ws::sendText))));
        return new Counted(app);
    }

    @BeforeAll
    static void start() {
        ServerConfig.Builder config =
                ServerConfig.builder().port(0).loops(1).accessLog(false).gracefulShutdown(Duration.ofMillis(500));
        plain = GriddleServer.start(app(), config.build());
        http2 = GriddleServer.start(app(), config.http2(true).build());
    }

    @AfterAll
    static void stop() {
        plain.close();
        http2.close();
    }

    @Test
    void theCorpusHasAtLeast150CasesWithUniqueNames() {
        List<HostileCase> cases = corpus().toList();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        Set<String> names = new HashSet<>();
        assertThat(cases)
                .allSatisfy(c -> assertThat(names.add(c.name())).as(c.name()).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachCaseGetsItsAnswerAndTheServerGoesOn(HostileCase c) throws Exception {
        GriddleServer server = c.server().equals("http2") ? http2 : plain;
        CALLS.set(0);
        long start = System.nanoTime();
        String outcome = switch (c.kind()) {
            case "http1" -> Http1Outcome.of(server.port(), c.bytes(), wanted(c), closeExpected(c));
            case "websocket" -> webSocket(server.port(), c);
            case "http2" -> H2Script.run(server.port(), c.steps(), c.outcomes());
            default -> throw new IllegalArgumentException(c.kind());
        };
        int calls = CALLS.get();
        System.out.printf(
                "hostile %s: %s, app %d, %d ms%n", c.name(), outcome, calls, (System.nanoTime() - start) / 1_000_000);
        assertThat(c.outcomes()).as("%s (%s): the outcome", c.name(), c.file()).contains(outcome);
        assertThat(calls).as("%s: requests that reached the app", c.name()).isBetween(c.appMin(), c.appMax());
        stillServes(server);
    }

    // Whether every outcome of the case ends with the server closing the connection (for http1 cases).
    static boolean closeExpected(HostileCase c) {
        return c.outcomes().stream().allMatch(outcome -> outcome.endsWith("close"));
    }

    // The most responses any of the case's outcomes has (for http1 cases).
    static int wanted(HostileCase c) {
        int most = 0;
        for (String outcome : c.outcomes()) {
            most = Math.max(most, (int) Stream.of(outcome.split(" "))
                    .filter(w -> w.matches("\\d{3}"))
                    .count());
        }
        return most;
    }

    /**
     * Opens a WebSocket to the case's path with a valid handshake, sends the case's bytes, and tells what came back:
     * a word for each data frame ({@code text}, {@code binary}), then {@code ws-close CODE} and {@code close} when
     * the connection ended after it, or {@code close} alone, or {@code silent}.
     */
    private static String webSocket(int port, HostileCase c) throws IOException {
        try (WsWire ws = WsWire.open(port, c.path())) {
            assertThat(ws.status).as("handshake").isEqualTo(101);
            ws.socket.setSoTimeout(3000);
            try {
                ws.out.write(c.bytes());
                ws.out.flush();
            } catch (SocketException closedEarly) {
                // read what the server said before closing
            }
            StringBuilder seen = new StringBuilder();
            try {
                while (true) {
                    WsWire.Frame frame = ws.read();
                    switch (frame.opcode()) {
                        case 0x1 -> seen.append("text ");
                        case 0x2 -> seen.append("binary ");
                        case 0x8 -> {
                            return seen.append("ws-close ")
                                    .append(frame.closeCode())
                                    .append(ws.serverClosed() ? " close" : " open")
                                    .toString();
                        }
                        default -> {
                            // pings and pongs
                        }
                    }
                }
            } catch (EOFException | SocketException closed) {
                return seen.append("close").toString();
            } catch (SocketTimeoutException silence) {
                return seen.append("silent").toString();
            }
        }
    }

    private static void stillServes(GriddleServer server) throws Exception {
        byte[] request =
                "GET /quick HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(Http1Outcome.of(server.port(), request, 1, true))
                .as("a plain request after the case")
                .isEqualTo("200 close");
        if (server == http2) {
            assertThat(H2Script.run(server.port(), List.of("preface", "get 1 /quick"), Set.of("status 200")))
                    .as("an HTTP/2 request after the case")
                    .isEqualTo("status 200");
        }
    }

    /** The application, counting the requests and WebSocket sessions it is called with. */
    private record Counted(Gateway app) implements Gateway {
        @Override
        public CompletionStage<Void> call(Scope scope, Receive receive, Send send) {
            if (scope instanceof HttpScope || scope instanceof WebSocketScope) {
                CALLS.incrementAndGet();
            }
            return app.call(scope, receive, send);
        }

        @Override
        public void warmUp() {
            app.warmUp();
        }
    }
}
