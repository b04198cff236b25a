package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.griddle.server.GriddleServer;
import io.griddle.server.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * The hostile JSON bodies of {@link JsonBodyLimitsTest} sent over a real socket: each answered with its status in
 * bounded time, the connection (when the answer allows) and the loop keep serving, and the leak detector (PARANOID
 * in tests) reports nothing.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class JsonBodyLimitsSocketTest {

    private final ListAppender<ILoggingEvent> leaks = new ListAppender<>();
    private final Logger leakDetector = (Logger) LoggerFactory.getLogger(io.netty.util.ResourceLeakDetector.class);

    @BeforeEach
    void captureLeakReports() {
        leaks.start();
        leakDetector.addAppender(leaks);
    }

    // The leak detector reports a lost buffer when it is collected and the next buffer is tracked.
    @AfterEach
    void noBufferLeaked() throws Exception {
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

    private static GriddleServer start(UnaryOperator<ServerConfig.Builder> settings) {
        return GriddleServer.start(
                JsonBodyLimitsTest.app(),
                settings.apply(ServerConfig.builder()
                                .port(0)
                                .loops(1)
                                .accessLog(false)
                                .gracefulShutdown(Duration.ofSeconds(1)))
                        .build());
    }

    /** An answer: its status line, and its body when it has a length. */
    record Answer(int status, String body) {}

    /**
     * Sends one POST (the body from a thread of its own, which stops quietly when the server has closed) and reads
     * one answer from the same connection.
     */
    private static Answer post(Socket socket, String path, byte[] body) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                for (int at = 0; at < body.length; at += 1 << 16) {
                    out.write(body, at, Math.min(1 << 16, body.length - at));
                }
                out.flush();
            } catch (IOException closed) {
                // the server answered early and closed: the answer says why
            }
        });
        Answer answer = read(socket.getInputStream());
        writer.join(Duration.ofSeconds(30));
        return answer;
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed before an answer: " + head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(text.substring(9, 12));
        int length = 0;
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        return new Answer(status, new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }

    private static Socket connect(GriddleServer server) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static final byte[] BURGER = "{\"name\":\"burger\",\"price\":9.5}".getBytes(StandardCharsets.US_ASCII);

    @Test
    void deepArraysHugeStringsAndLongNumbersAre422AndTheConnectionKeepsServing() throws Exception {
        try (GriddleServer server = start(b -> b);
                Socket socket = connect(server)) {
            Answer deep = post(socket, "/items", JsonBodyLimitsTest.deepArray(100_000));
            assertThat(deep.status()).isEqualTo(422);
            assertThat(deep.body()).contains("\"type\":\"json_invalid\"", "nesting depth exceeds the maximum allowed");

            Answer string = post(socket, "/items", JsonBodyLimitsTest.longString(5 << 20));
            assertThat(string.status()).isEqualTo(422);
            assertThat(string.body()).contains("String value length exceeds the maximum allowed (4194304)");

            Answer number = post(socket, "/items", JsonBodyLimitsTest.longNumber(1_000_000));
            assertThat(number.status()).isEqualTo(422);
            assertThat(number.body()).contains("Number value length exceeds the maximum allowed (1000)");

            Answer burger = post(socket, "/items", BURGER);
            assertThat(burger.status()).isEqualTo(200);
            assertThat(burger.body()).isEqualTo("{\"name\":\"burger\",\"price\":9.5}");
        }
    }

    @Test
    void aHundredMegabyteNumberIs413FromTheServerOrFromTheApplication() throws Exception {
        byte[] huge = JsonBodyLimitsTest.longNumber(100_000_000);
        // the server's --max-body-size (16 MiB) refuses it first
        try (GriddleServer server = start(b -> b)) {
            try (Socket socket = connect(server)) {
                assertThat(post(socket, "/items", huge).status()).isEqualTo(413);
            }
            try (Socket socket = connect(server)) {
                assertThat(post(socket, "/items", BURGER).status()).isEqualTo(200);
            }
        }
        // with that limit lifted, the application's JSON size limit refuses it before reading it
        try (GriddleServer server = start(b -> b.maxBodySize(0))) {
            try (Socket socket = connect(server)) {
                Answer answer = post(socket, "/items", huge);
                assertThat(answer.status()).isEqualTo(413);
                assertThat(answer.body()).isEqualTo("{\"detail\":\"Request body too large\"}");
            }
            try (Socket socket = connect(server)) {
                assertThat(post(socket, "/items", BURGER).status()).isEqualTo(200);
            }
        }
    }
}
