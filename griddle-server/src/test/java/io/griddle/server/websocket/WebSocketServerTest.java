package io.griddle.server.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.gateway.Message;
import io.griddle.gateway.WebSocketMessage;
import io.griddle.gateway.WebSocketScope;
import io.griddle.server.GriddleServer;
import io.griddle.server.ServerConfig;
import io.griddle.server.WebSocketConfig;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The WebSocket contract over real sockets: handshakes, messages both ways, closes and their codes, denials. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WebSocketServerTest {

    @RegisterExtension
    final LeakReports leaks = new LeakReports();

    private final ContractApp app = new ContractApp();
    private GriddleServer server;

    @BeforeEach
    void start() {
        server = GriddleServer.start(
                app,
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .gracefulShutdown(Duration.ofSeconds(2))
                        .webSockets(WebSocketConfig.defaults().withPerMessageDeflate(false))
                        .build());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private Message appReceived() throws InterruptedException {
        Message message = app.received.poll(5, TimeUnit.SECONDS);
        assertThat(message).as("a message the app received within 5 s").isNotNull();
        return message;
    }

    @Test
    void echoesTextAndBinaryAfterTheAppAccepts() throws Exception {
        try (WsWire ws = WsWire.open(server.port(), "/echo?room=1")) {
            assertThat(ws.status).isEqualTo(101);
            assertThat(ws.header("upgrade")).isEqualToIgnoringCase("websocket");
            assertThat(ws.header("x-extra")).isEqualTo("yes");
            ws.text("héllo");
            assertThat(ws.read()).satisfies(frame -> {
                assertThat(frame.opcode()).isEqualTo(WsWire.TEXT);
                assertThat(frame.text()).isEqualTo("héllo");
            });
            ws.binary(new byte[] {1, 2, 3});
            assertThat(ws.read().payload()).containsExactly(1, 2, 3);
        }
        assertThat(appReceived()).isInstanceOf(WebSocketMessage.Connect.class);
        assertThat(appReceived()).isEqualTo(new WebSocketMessage.Text("héllo"));
        assertThat(((WebSocketMessage.Binary) appReceived()).bytes()).isEqualTo(ByteBuffer.wrap(new byte[] {1, 2, 3}));
        assertThat(appReceived()).isEqualTo(new WebSocketMessage.Disconnect(1006, ""));
        WebSocketScope scope = (WebSocketScope) app.scopes.poll();
        assertThat(scope.path()).isEqualTo("/echo");
        assertThat(scope.rawQuery()).isEqualTo("room=1");
        assertThat(scope.scheme()).isEqualTo("ws");
        assertThat(scope.connection().client().getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void theAcceptKeyFollowsTheRfc() throws Exception {
        String request = "GET /echo HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
        try (WsWire ws = WsWire.raw(server.port(), request)) {
            assertThat(ws.status).isEqualTo(101);
            assertThat(ws.header("sec-websocket-accept")).isEqualTo("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
        }
    }

    @Test
    void theAppChoosesASubprotocolFromTheOffered() throws Exception {
        try (WsWire ws = WsWire.open(server.port(), "/echo", "Sec-WebSocket-Protocol: chat.v2, chat.v1")) {
            assertThat(ws.status).isEqualTo(101);
            assertThat(ws.header("sec-websocket-protocol")).isEqualTo("chat.v2");
        }
        assertThat(((WebSocketScope) app.scopes.poll(5, TimeUnit.SECONDS)).subprotocols())
                .containsExactly("chat.v2", "chat.v1");
    }

    @Test
    void aCloseBeforeAcceptIsA403() throws Exception {
        try (WsWire ws = WsWire.open(server.port(), "/deny")) {
            assertThat(ws.status).isEqualTo(403);
            assertThat(ws.header("content-length")).isEqualTo("0");
            assertThat(ws.rest()).isEmpty();
        }
    }

    @Test
    void anAppThatEndsWithoutAnsweringIsA403AndOneThatFailsA500() throws Exception {
        try (WsWire ws = WsWire.open(server.port(), "/silent")) {
            assertThat(ws.status).isEqualTo(403);
        }
        try (WsWire ws = WsWire.open(server.port(), "/fail")) {
            assertThat(ws.status).isEqualTo(500);
        }
    }

    @Test
    void theAppMayDenyWithItsOwnHttpResponse() throws Exception {
        try (WsWire ws = WsWire.open(server.port(), "/deny-http")) {
            assertThat(ws.status).isEqualTo(401);
            assertThat(ws.header("x-why")).isEqualTo("no token");
            assertThat(ws.header("connection")).isEqualTo("close");
            assertThat(ws.rest()).isEqualTo("nope");
        }
    }

    @Test
    void theClientsCloseCodeReachesTheAppAndIsEchoed() throws Exception {
        try (WsWire ws = WsWire.open(server.port(), "/echo")) {
            ws.close(4001, "done here");
            WsWire.Frame answer = ws.read();
            assertThat(answer.opcode()).isEqualTo(WsWire.CLOSE);
            assertThat(answer.closeCode()).isEqualTo(4001);
            assertThat(ws.serverClosed()).isTrue();
        }
        assertThat(appReceived()).isInstanceOf(WebSocketMessage.Connect.class);
        assertThat(appReceived()).isEqualTo(new WebSocketMessage.Disconnect(4001, "done here"));
    }

    @Test
    void aCloseWithoutCodeReachesTheAppAs1005() throws Exception {
        try (WsWire ws = WsWire.open(server.port(), "/echo")) {
            ws.frame(true, WsWire.CLOSE, new byte[0]);
            assertThat(ws.read().closeCode()).isEqualTo(1005);
        }
        appReceived();
        assertThat(appReceived()).isEqualTo(new WebSocketMessage.Disconnect(1005, ""));
    }

    @Test
    void theAppsCloseCodeReachesTheClientAndLaterReceivesDisconnect() throws Exception {
        try (WsWire ws = WsWire.open(server.port(), "/echo")) {
            ws.text("close:4100");
            WsWire.Frame close = ws.read();
            assertThat(close.opcode()).isEqualTo(WsWire.CLOSE);
            assertThat(close.closeCode()).isEqualTo(4100);
            assertThat(close.closeReason()).isEqualTo("bye");
            ws.close(4100, "");
            assertThat(ws.serverClosed()).isTrue();
        }
        appReceived();
        appReceived();
        assertThat(appReceived()).isEqualTo(new WebSocketMessage.Disconnect(4100, "bye"));
        assertThat(appReceived()).isEqualTo(new WebSocketMessage.Disconnect(4100, "bye"));
    }

    @Test
    void fragmentsAreReassembledIntoOneMessage() throws Exception {
        try (WsWire ws = WsWire.open(server.port(), "/echo")) {
            ws.frame(false, WsWire.TEXT, "one ".getBytes(StandardCharsets.UTF_8));
            ws.frame(true, WsWire.PING, "p".getBytes(StandardCharsets.UTF_8)); // a control frame may come between
            ws.frame(false, WsWire.CONTINUATION, "two ".getBytes(StandardCharsets.UTF_8));
            ws.frame(true, WsWire.CONTINUATION, "three".getBytes(StandardCharsets.UTF_8));
            WsWire.Frame pong = ws.read();
            assertThat(pong.opcode()).isEqualTo(WsWire.PONG);
            assertThat(pong.text()).isEqualTo("p");
            assertThat(ws.read().text()).isEqualTo("one two three");
        }
    }

    @Test
    void theAppsSendFailsOnceTheClientIsGone() throws Exception {
        WsWire ws = WsWire.open(server.port(), "/flood");
        assertThat(ws.read().opcode()).isEqualTo(WsWire.BINARY);
        ws.close(); // killed mid-stream: no close frame
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int before = -1;
        while (System.nanoTime() < deadline && before != app.sent.get()) {
            before = app.sent.get();
            Thread.sleep(300);
        }
        assertThat(app.sent.get()).as("the flood stopped: its send failed").isEqualTo(before);
        assertThat(server.inFlight()).isZero();
    }

    @Test
    void anAppThatReturnsAfterAcceptingIsClosedWith1000AndOneThatFailsWith1011() throws Exception {
        try (WsWire ws = WsWire.open(server.port(), "/accept-then-return")) {
            WsWire.Frame close = ws.readSkippingPings();
            assertThat(close.opcode()).isEqualTo(WsWire.CLOSE);
            assertThat(close.closeCode()).isEqualTo(1000);
            ws.close(1000, "");
            assertThat(ws.serverClosed()).isTrue();
        }
        try (WsWire ws = WsWire.open(server.port(), "/accept-then-fail")) {
            assertThat(ws.readSkippingPings().closeCode()).isEqualTo(1011);
        }
    }

    @Test
    void anAppOnItsOwnThreadMayWaitOnEachStage() throws Exception {
        try (WsWire ws = WsWire.open(server.port(), "/threaded")) {
            for (int i = 0; i < 20; i++) {
                ws.text("message " + i);
                assertThat(ws.read().text()).isEqualTo("message " + i);
            }
            ws.close(1000, "");
            assertThat(ws.read().closeCode()).isEqualTo(1000);
        }
        appReceived();
        for (int i = 0; i < 20; i++) {
            assertThat(appReceived()).isEqualTo(new WebSocketMessage.Text("message " + i));
        }
        assertThat(appReceived()).isEqualTo(new WebSocketMessage.Disconnect(1000, ""));
    }
}
