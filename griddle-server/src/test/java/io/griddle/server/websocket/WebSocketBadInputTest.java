package io.griddle.server.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.gateway.Message;
import io.griddle.gateway.WebSocketMessage;
import io.griddle.server.GriddleServer;
import io.griddle.server.ServerConfig;
import io.griddle.server.WebSocketConfig;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad handshakes are answered 400/426 before the application is asked; bad frames close the WebSocket with the
 * RFC's code (1002 protocol error, 1007 bad UTF-8, 1009 too big), and the application learns that code.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WebSocketBadInputTest {

    private static final int MAX_SIZE = 64 * 1024;

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
                        .webSockets(WebSocketConfig.defaults().withMaxSize(MAX_SIZE))
                        .build());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static String handshake(String method, String... headers) {
        StringBuilder request = new StringBuilder(method + " /echo HTTP/1.1\r\nHost: x\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return request.append("\r\n").toString();
    }

    @Test
    void aHandshakeWithoutKeyIs400AndTheAppIsNotAsked() throws Exception {
        try (WsWire ws = WsWire.raw(
                server.port(),
                handshake("GET", "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Version: 13"))) {
            assertThat(ws.status).isEqualTo(400);
            assertThat(ws.rest()).contains("Sec-WebSocket-Key");
        }
        assertThat(app.scopes).isEmpty();
    }

    @Test
    void aKeyThatIsNot16BytesOfBase64Is400() throws Exception {
        try (WsWire ws = WsWire.raw(
                server.port(),
                handshake(
                        "GET",
                        "Upgrade: websocket",
                        "Connection: Upgrade",
                        "Sec-WebSocket-Version: 13",
                        "Sec-WebSocket-Key: not-base64!"))) {
            assertThat(ws.status).isEqualTo(400);
        }
    }

    @Test
    void anotherVersionIs426NamingVersion13() throws Exception {
        try (WsWire ws = WsWire.raw(
                server.port(),
                handshake(
                        "GET",
                        "Upgrade: websocket",
                        "Connection: Upgrade",
                        "Sec-WebSocket-Version: 8",
                        "Sec-WebSocket-Key: " + WsWire.key()))) {
            assertThat(ws.status).isEqualTo(426);
            assertThat(ws.header("sec-websocket-version")).isEqualTo("13");
        }
        assertThat(app.scopes).isEmpty();
    }

    @Test
    void anUpgradeByPostOrWithoutConnectionUpgradeIs400() throws Exception {
        String key = "Sec-WebSocket-Key: " + WsWire.key();
        try (WsWire ws = WsWire.raw(
                server.port(),
                handshake(
                        "POST",
                        "Upgrade: websocket",
                        "Connection: Upgrade",
                        "Sec-WebSocket-Version: 13",
                        key,
                        "Content-Length: 0"))) {
            assertThat(ws.status).isEqualTo(400);
        }
        try (WsWire ws =
                WsWire.raw(server.port(), handshake("GET", "Upgrade: websocket", "Sec-WebSocket-Version: 13", key))) {
            assertThat(ws.status).isEqualTo(400);
        }
    }

    // Opens /sink, sends the bad frame, and expects a close frame with the code, the connection's end, and the
    // same code as the application's Disconnect.
    private void closesWith(int code, FrameWriter bad) throws Exception {
        try (WsWire ws = WsWire.open(server.port(), "/sink")) {
            assertThat(ws.status).isEqualTo(101);
            bad.write(ws);
            WsWire.Frame close = ws.readSkippingPings();
            assertThat(close.opcode()).isEqualTo(WsWire.CLOSE);
            assertThat(close.closeCode()).isEqualTo(code);
            assertThat(ws.serverClosed()).isTrue();
        }
        Message connect = app.received.poll(5, TimeUnit.SECONDS);
        assertThat(connect).isInstanceOf(WebSocketMessage.Connect.class);
        Message end = app.received.poll(5, TimeUnit.SECONDS);
        assertThat(end).isInstanceOf(WebSocketMessage.Disconnect.class);
        assertThat(((WebSocketMessage.Disconnect) end).code()).isEqualTo(code);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.inFlight() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(server.inFlight())
                .as("the session no longer counts in flight")
                .isZero();
    }

    @FunctionalInterface
    private interface FrameWriter {
        void write(WsWire ws) throws Exception;
    }

    @Test
    void anUnmaskedFrameIsAProtocolError() throws Exception {
        closesWith(1002, ws -> ws.frame(true, 0, WsWire.TEXT, "hi".getBytes(), false));
    }

    @Test
    void reservedBitsAreAProtocolError() throws Exception {
        closesWith(1002, ws -> ws.frame(true, 2, WsWire.TEXT, "hi".getBytes(), true));
    }

    @Test
    void anOversizedControlFrameIsAProtocolError() throws Exception {
        closesWith(1002, ws -> ws.frame(true, WsWire.PING, new byte[126]));
    }

    @Test
    void aFragmentedControlFrameIsAProtocolError() throws Exception {
        closesWith(1002, ws -> ws.frame(false, WsWire.PING, new byte[2]));
    }

    @Test
    void anUnknownOpcodeIsAProtocolError() throws Exception {
        closesWith(1002, ws -> ws.frame(true, 0x3, new byte[2]));
    }

    @Test
    void invalidUtf8InATextMessageIs1007() throws Exception {
        closesWith(1007, ws -> ws.frame(true, WsWire.TEXT, new byte[] {'a', (byte) 0xC3, (byte) 0x28}));
    }

    @Test
    void invalidUtf8AcrossFragmentsIs1007() throws Exception {
        closesWith(1007, ws -> {
            ws.frame(false, WsWire.TEXT, new byte[] {'o', 'k'});
            ws.frame(true, WsWire.CONTINUATION, new byte[] {(byte) 0xFF});
        });
    }

    @Test
    void aFrameOverTheLimitIs1009() throws Exception {
        closesWith(1009, ws -> ws.binary(new byte[MAX_SIZE + 1]));
    }

    @Test
    void fragmentsAddingUpOverTheLimitAre1009() throws Exception {
        closesWith(1009, ws -> {
            ws.frame(false, WsWire.BINARY, new byte[MAX_SIZE / 2]);
            ws.frame(false, WsWire.CONTINUATION, new byte[MAX_SIZE / 2]);
            ws.frame(true, WsWire.CONTINUATION, new byte[16]);
        });
    }

    @Test
    void fragmentsWithinTheLimitAreOneMessage() throws Exception {
        try (WsWire ws = WsWire.open(server.port(), "/echo")) {
            ws.frame(false, WsWire.BINARY, new byte[MAX_SIZE / 2]);
            ws.frame(true, WsWire.CONTINUATION, new byte[MAX_SIZE / 2]);
            WsWire.Frame echoed = ws.read();
            assertThat(echoed.opcode()).isEqualTo(WsWire.BINARY);
            assertThat(echoed.payload()).hasSize(MAX_SIZE);
        }
    }

    @Test
    void aContinuationWithoutAStartIsAProtocolError() throws Exception {
        closesWith(1002, ws -> ws.frame(true, WsWire.CONTINUATION, new byte[] {1}));
    }

    @Test
    void aConnectionDroppedWithoutCloseIs1006ForTheApp() throws Exception {
        try (WsWire ws = WsWire.open(server.port(), "/sink")) {
            ws.text("last words");
        }
        assertThat(app.received.poll(5, TimeUnit.SECONDS)).isInstanceOf(WebSocketMessage.Connect.class);
        assertThat(app.received.poll(5, TimeUnit.SECONDS)).isEqualTo(new WebSocketMessage.Text("last words"));
        assertThat(app.received.poll(5, TimeUnit.SECONDS)).isEqualTo(new WebSocketMessage.Disconnect(1006, ""));
    }
}
