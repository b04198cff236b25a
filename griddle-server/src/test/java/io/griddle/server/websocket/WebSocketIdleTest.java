package io.griddle.server.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.server.GriddleServer;
import io.griddle.server.ServerConfig;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many open, idle WebSockets on one loop cost the HTTP requests beside them nothing but memory, and a mass of
 * clients killed without a close frame frees every session. 1,500 here (a unit test on a shared 2-core machine);
 * {@code benchmarks/load/ws-idle.sh} runs the same with 10,000.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WebSocketIdleTest {

    private static final int SOCKETS = 1500;

    @RegisterExtension
    final LeakReports leaks = new LeakReports();

    @Test
    void manyIdleWebSocketsLeaveQuickRequestsAnsweredAndAreFreedWhenKilled() throws Exception {
        ContractApp app = new ContractApp();
        List<WsWire> open = new ArrayList<>(SOCKETS);
        try (GriddleServer server = GriddleServer.start(
                app,
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .backlog(SOCKETS)
                        .accessLog(false)
                        .gracefulShutdown(Duration.ofSeconds(2))
                        .build())) {
            try {
                for (int i = 0; i < SOCKETS; i++) {
                    WsWire ws = WsWire.open(server.port(), "/sink");
                    open.add(ws);
                    assertThat(ws.status).isEqualTo(101);
                }
                assertThat(server.inFlight()).isEqualTo(SOCKETS);
                for (int i = 0; i < 50; i++) {
                    assertThat(quick(server.port())).startsWith("HTTP/1.1 200").endsWith("quick");
                }
                // Still open: one of the first echoes nothing but answers a ping.
                WsWire first = open.get(0);
                first.frame(true, WsWire.PING, "alive".getBytes(StandardCharsets.UTF_8));
                assertThat(first.read().text()).isEqualTo("alive");
            } finally {
                for (WsWire ws : open) {
                    ws.socket.setSoLinger(true, 0); // killed: a reset, no close frame
                    ws.close();
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (server.inFlight() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(server.inFlight()).as("every session ended").isZero();
        }
        long disconnects = app.received.stream()
                .filter(m -> m instanceof io.griddle.gateway.WebSocketMessage.Disconnect d && d.code() == 1006)
                .count();
        assertThat(disconnects).isEqualTo(SOCKETS);
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
