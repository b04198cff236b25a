package io.griddle.server.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.server.GriddleServer;
import io.griddle.server.ServerConfig;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How the HTTP server's own limits and headers apply to a WebSocket. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WebSocketLimitsTest {

    @RegisterExtension
    final LeakReports leaks = new LeakReports();

    private final ContractApp app = new ContractApp();

    @Test
    void anOpenWebSocketOutlivesTheKeepAliveAndHeaderReadTimeouts() throws Exception {
        try (GriddleServer server = GriddleServer.start(
                        app,
                        ServerConfig.builder()
                                .port(0)
                                .loops(1)
                                .timeoutKeepAlive(Duration.ofMillis(100))
                                .timeoutHeaderRead(Duration.ofMillis(100))
                                .gracefulShutdown(Duration.ofSeconds(1))
                                .build());
                WsWire ws = WsWire.open(server.port(), "/echo")) {
            Thread.sleep(600);
            ws.text("still open");
            assertThat(ws.read().text()).isEqualTo("still open");
        }
    }

    @Test
    void aWebSocketTakesAPlaceUnderTheConcurrencyLimitUntilItCloses() throws Exception {
        try (GriddleServer server = GriddleServer.start(
                app,
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .limitConcurrency(1)
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build())) {
            try (WsWire ws = WsWire.open(server.port(), "/echo")) {
                assertThat(ws.status).isEqualTo(101);
                assertThat(quick(server.port())).startsWith("HTTP/1.1 503");
                try (WsWire second = WsWire.open(server.port(), "/echo")) {
                    assertThat(second.status).isEqualTo(503);
                }
                ws.close(1000, "");
                assertThat(ws.read().opcode()).isEqualTo(WsWire.CLOSE);
                assertThat(ws.serverClosed()).isTrue();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (server.inFlight() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(quick(server.port())).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void theServersHeadersGoOnThe101AndOnDenials() throws Exception {
        try (GriddleServer server = GriddleServer.start(
                app,
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .extraHeaders(List.of(Map.entry("x-served-by", "griddle-test")))
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build())) {
            try (WsWire ws = WsWire.open(server.port(), "/echo")) {
                assertThat(ws.header("x-served-by")).isEqualTo("griddle-test");
                assertThat(ws.header("server")).isEqualTo("griddle");
                assertThat(ws.header("date")).isNotNull();
            }
            try (WsWire ws = WsWire.open(server.port(), "/deny")) {
                assertThat(ws.status).isEqualTo(403);
                assertThat(ws.header("x-served-by")).isEqualTo("griddle-test");
            }
        }
    }

    private static String quick(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream()
                    .write("GET /quick HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
