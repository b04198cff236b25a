package io.griddle.server.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.griddle.gateway.WebSocketMessage;
import io.griddle.server.GriddleServer;
import io.griddle.server.ServerConfig;
import io.griddle.server.WebSocketConfig;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** Backpressure both ways, the ping keepalive, compression, the access log, a stopping server, and --ws none. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WebSocketFlowTest {

    @RegisterExtension
    final LeakReports leaks = new LeakReports();

    private final ContractApp app = new ContractApp();
    private GriddleServer server;

    private void start(UnaryOperator<WebSocketConfig> webSockets) {
        server = GriddleServer.start(
                app,
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .gracefulShutdown(Duration.ofSeconds(5))
                        .webSockets(webSockets.apply(WebSocketConfig.defaults()))
                        .build());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        // A wide bound: under the leak detector (PARANOID) on a loaded 2-core machine, 32 MiB takes many seconds.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean())
                .as("the condition held within 60 s")
                .isTrue();
    }

    // Waits until the value has not moved for a second (at most 15 s), and answers it.
    private static long settled(java.util.function.LongSupplier value) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        long before = -1;
        long now = value.getAsLong();
        while (now != before && System.nanoTime() < deadline) {
            before = now;
            Thread.sleep(1000);
            now = value.getAsLong();
        }
        return now;
    }

    @Test
    void aSlowReaderPausesTheSocketAndLosesNothing() throws Exception {
        start(ws -> ws.withMaxQueue(4).withPerMessageDeflate(false));
        int messages = 2000; // 32 MiB: the leak detector (PARANOID) makes every buffer slow to read
        byte[] payload = new byte[16 * 1024];
        AtomicLong written = new AtomicLong();
        try (WsWire ws = WsWire.open(server.port(), "/slow")) {
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < messages; i++) {
                        ws.binary(payload);
                        written.addAndGet(payload.length);
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            long stalled = settled(written::get);
            System.out.println("slow reader: the client's writes stalled after " + stalled + " bytes");
            // The server stopped reading: the client's writes block once the socket buffers are full (a few MiB on
            // loopback), far short of the 32 MiB it wants to send.
            assertThat(stalled).isLessThan(20L * 1024 * 1024);
            assertThat(writer).isNotDone();
            assertThat(app.counted.get()).isZero();
            app.release.complete(null);
            writer.get(60, TimeUnit.SECONDS);
            waitUntil(() -> app.counted.get() == messages);
        }
    }

    @Test
    void aSendCompletesOnlyWhenWrittenSoAClientThatDoesNotReadHoldsTheAppBack() throws Exception {
        start(ws -> ws.withPerMessageDeflate(false));
        try (WsWire ws = WsWire.open(server.port(), "/flood")) {
            long stalled = settled(app.sent::get);
            assertThat(stalled).as("256 KiB sends completed while nobody reads").isLessThan(200);
            for (int i = 0; i < stalled + 20; i++) {
                assertThat(ws.read().payload()).hasSize(256 * 1024);
            }
            assertThat(app.sent.get()).isGreaterThan((int) stalled);
        }
    }

    @Test
    void aClientThatNeverAnswersPingsIsClosedWith1011() throws Exception {
        start(ws -> ws.withPingInterval(Duration.ofMillis(100)).withPingTimeout(Duration.ofMillis(300)));
        try (WsWire ws = WsWire.open(server.port(), "/sink")) {
            assertThat(ws.read().opcode()).isEqualTo(WsWire.PING);
            WsWire.Frame close = ws.readSkippingPings();
            assertThat(close.opcode()).isEqualTo(WsWire.CLOSE);
            assertThat(close.closeCode()).isEqualTo(1011);
            assertThat(ws.serverClosed()).as("closed within the close timeout").isTrue();
        }
        app.received.poll(5, TimeUnit.SECONDS);
        assertThat(app.received.poll(5, TimeUnit.SECONDS))
                .isEqualTo(new WebSocketMessage.Disconnect(1011, "keepalive ping timeout"));
        waitUntil(() -> server.inFlight() == 0);
    }

    @Test
    void aClientThatAnswersPingsStaysOpen() throws Exception {
        start(ws -> ws.withPingInterval(Duration.ofMillis(100)).withPingTimeout(Duration.ofMillis(300)));
        try (WsWire ws = WsWire.open(server.port(), "/echo")) {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1200);
            int pings = 0;
            while (System.nanoTime() < until) {
                WsWire.Frame frame = ws.read();
                assertThat(frame.opcode()).isEqualTo(WsWire.PING);
                ws.frame(true, WsWire.PONG, frame.payload());
                pings++;
            }
            assertThat(pings).isGreaterThanOrEqualTo(5);
            ws.text("still here");
            assertThat(ws.readSkippingPings().text()).isEqualTo("still here");
        }
    }

    @Test
    void permessageDeflateIsNegotiatedAndUsedBothWays() throws Exception {
        start(ws -> ws);
        try (WsWire ws = WsWire.open(
                server.port(), "/echo", "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits")) {
            assertThat(ws.header("sec-websocket-extensions")).startsWith("permessage-deflate");
            String text = "compress me ".repeat(200);
            ws.frame(true, 4, WsWire.TEXT, deflate(text.getBytes(StandardCharsets.UTF_8)), true);
            WsWire.Frame echoed = ws.read();
            assertThat(echoed.opcode()).isEqualTo(WsWire.TEXT);
            assertThat(echoed.payload().length).isLessThan(text.length() / 4); // it came back compressed
            assertThat(new String(inflate(echoed.payload()), StandardCharsets.UTF_8))
                    .isEqualTo(text);
        }
    }

    @Test
    void aCompressedMessageThatInflatesOverTheLimitIs1009() throws Exception {
        start(ws -> ws.withMaxSize(64 * 1024));
        try (WsWire ws = WsWire.open(server.port(), "/sink", "Sec-WebSocket-Extensions: permessage-deflate")) {
            ws.frame(true, 4, WsWire.BINARY, deflate(new byte[1024 * 1024]), true); // 1 MiB of zeros, ~1 KiB sent
            WsWire.Frame close = ws.readSkippingPings();
            assertThat(close.opcode()).isEqualTo(WsWire.CLOSE);
            assertThat(close.closeCode()).isEqualTo(1009);
        }
    }

    @Test
    void withoutCompressionOfferedNoneIsNegotiated() throws Exception {
        start(ws -> ws.withPerMessageDeflate(false));
        try (WsWire ws = WsWire.open(server.port(), "/echo", "Sec-WebSocket-Extensions: permessage-deflate")) {
            assertThat(ws.status).isEqualTo(101);
            assertThat(ws.header("sec-websocket-extensions")).isNull();
        }
    }

    @Test
    void aStoppingServerClosesOpenWebSocketsWith1001() throws Exception {
        start(ws -> ws);
        try (WsWire ws = WsWire.open(server.port(), "/sink")) {
            assertThat(app.received.poll(5, TimeUnit.SECONDS)).isInstanceOf(WebSocketMessage.Connect.class);
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
            WsWire.Frame close = ws.readSkippingPings();
            assertThat(close.closeCode()).isEqualTo(1001);
            assertThat(stopping).as("the stop waits for the closing handshake").isNotDone();
            ws.close(1001, "");
            stopping.get(5, TimeUnit.SECONDS);
        }
        assertThat(app.received.poll(5, TimeUnit.SECONDS))
                .isEqualTo(new WebSocketMessage.Disconnect(1001, "server shutting down"));
        server = null;
    }

    @Test
    void withWsNoneAnUpgradeRequestIsServedAsHttp() throws Exception {
        start(ws -> ws.withEnabled(false));
        try (WsWire ws = WsWire.open(server.port(), "/echo")) {
            assertThat(ws.status).isEqualTo(200);
            assertThat(ws.rest()).isEqualTo("quick");
        }
        assertThat(app.scopes).isEmpty();
    }

    @Test
    void theAccessLogSaysWhatBecameOfEachHandshake() throws Exception {
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        Logger access = (Logger) LoggerFactory.getLogger("griddle.access");
        lines.start();
        access.addAppender(lines);
        try {
            start(ws -> ws);
            try (WsWire ws = WsWire.open(server.port(), "/echo?x=1")) {
                ws.close(1000, "");
                ws.read();
            }
            try (WsWire ws = WsWire.open(server.port(), "/deny")) {
                assertThat(ws.status).isEqualTo(403);
            }
            waitUntil(() -> lines.list.size() >= 3);
        } finally {
            access.detachAppender(lines);
        }
        assertThat(lines.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.matches("127\\.0\\.0\\.1:\\d+ - \"WebSocket /echo\\?x=1\" \\[accepted]"))
                .anyMatch(line -> line.endsWith("\"WebSocket /echo?x=1\" [closed]"))
                .anyMatch(line -> line.endsWith("\"WebSocket /deny\" 403"));
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH)) > 0) {
            out.write(buffer, 0, n);
        }
        deflater.end();
        byte[] all = out.toByteArray();
        return java.util.Arrays.copyOf(all, all.length - 4); // without the empty block's 00 00 ff ff (RFC 7692)
    }

    private static byte[] inflate(byte[] data) throws Exception {
        Inflater inflater = new Inflater(true);
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes(data);
        input.writeBytes(new byte[] {0, 0, (byte) 0xFF, (byte) 0xFF});
        inflater.setInput(input.toByteArray());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = inflater.inflate(buffer)) > 0) {
            out.write(buffer, 0, n);
        }
        inflater.end();
        return out.toByteArray();
    }
}
