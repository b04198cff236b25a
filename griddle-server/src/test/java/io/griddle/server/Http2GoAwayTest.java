package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.concurrent.Async;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An HTTP/2 connection with no stream open for {@code --timeout-keep-alive} is closed gracefully (GOAWAY with
 * NO_ERROR, then the close), however it became HTTP/2; a stream in progress keeps it open. Without the timeout, each
 * of these connections would stay open and the read would time out (10 s) instead of ending. A stopping server
 * sends GOAWAY at once and closes once the streams in progress have been answered.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class Http2GoAwayTest {

    private static final WebApp APP = new WebApp()
            .get("/ping", Endpoint.async(request -> CompletableFuture.completedFuture("pong")))
            .get(
                    "/slow",
                    Endpoint.async(
                            request -> Async.sleep(Duration.ofMillis(1500)).thenApply(v -> "slow")));

    private static GriddleServer start(UnaryOperator<ServerConfig.Builder> settings) {
        return GriddleServer.start(
                APP,
                settings.apply(ServerConfig.builder()
                                .port(0)
                                .loops(1)
                                .accessLog(false)
                                .http2(true)
                                .timeoutKeepAlive(Duration.ofMillis(300))
                                .gracefulShutdown(Duration.ofSeconds(1)))
                        .build());
    }

    /** Every frame the server sends until it closes the connection. */
    private static List<H2Wire.Frame> untilClosed(H2Wire wire) throws Exception {
        List<H2Wire.Frame> frames = new ArrayList<>();
        for (H2Wire.Frame frame; (frame = wire.read()) != null; ) {
            frames.add(frame);
            assertThat(frames).hasSizeLessThan(100);
        }
        return frames;
    }

    private static void assertEndsWithGracefulGoAway(List<H2Wire.Frame> frames) {
        assertThat(frames).isNotEmpty();
        H2Wire.Frame last = frames.getLast();
        assertThat(last.type()).as("the last frame before the close").isEqualTo(H2Wire.GOAWAY);
        assertThat(last.errorCode()).as("GOAWAY's error code").isZero(); // NO_ERROR
    }

    @Test
    void anIdlePriorKnowledgeConnectionGetsGoAwayThenCloses() throws Exception {
        try (GriddleServer server = start(b -> b);
                H2Wire wire = new H2Wire(new Socket("127.0.0.1", server.port())).preface()) {
            long started = System.nanoTime();
            List<H2Wire.Frame> frames = untilClosed(wire);
            assertEndsWithGracefulGoAway(frames);
            // Not at once: after the keep-alive timeout (300 ms; a wide margin below it).
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(150));
        }
    }

    @Test
    void aConnectionIsIdleOnlyOnceItsLastStreamHasEnded() throws Exception {
        try (GriddleServer server = start(b -> b);
                H2Wire wire = new H2Wire(new Socket("127.0.0.1", server.port())).preface()) {
            wire.get(1, "/ping");
            wire.get(3, "/slow"); // answers after 1.5 s, five times the keep-alive timeout
            List<H2Wire.Frame> frames = untilClosed(wire);
            assertEndsWithGracefulGoAway(frames);
            assertThat(frames)
                    .filteredOn(frame -> frame.stream() == 3 && frame.type() == H2Wire.DATA)
                    .extracting(frame -> new String(frame.payload(), StandardCharsets.UTF_8))
                    .contains("\"slow\""); // a JSON string
            assertThat(frames)
                    .filteredOn(H2Wire.Frame::endStream)
                    .extracting(H2Wire.Frame::stream)
                    .containsExactlyInAnyOrder(1, 3);
        }
    }

    @Test
    void aStoppingServerSendsGoAwayAtOnceThenAnswersTheStreamInProgress() throws Exception {
        GriddleServer server =
                start(b -> b.timeoutKeepAlive(Duration.ofSeconds(30)).gracefulShutdown(Duration.ofSeconds(10)));
        try (H2Wire wire = new H2Wire(new Socket("127.0.0.1", server.port())).preface()) {
            wire.get(1, "/slow");
            for (int i = 0; i < 500 && server.inFlight() == 0; i++) {
                Thread.sleep(10); // until the request is in flight (at most 5 s)
            }
            assertThat(server.inFlight()).isEqualTo(1);
            Thread stopper = Thread.ofPlatform().start(server::stop);
            List<H2Wire.Frame> frames = untilClosed(wire);
            int goAway = frames.indexOf(frames.stream()
                    .filter(f -> f.type() == H2Wire.GOAWAY)
                    .findFirst()
                    .orElseThrow());
            int answered = frames.indexOf(frames.stream()
                    .filter(f -> f.stream() == 1 && f.endStream())
                    .findFirst()
                    .orElseThrow());
            assertThat(goAway)
                    .as("GOAWAY comes before the slow answer, not after it")
                    .isLessThan(answered);
            assertThat(frames.get(goAway).errorCode()).isZero();
            assertThat(frames.get(goAway).lastStreamId()).as("the stream taken").isEqualTo(1);
            stopper.join(Duration.ofSeconds(20));
            assertThat(stopper.isAlive()).isFalse();
        } finally {
            server.stop();
        }
    }

    @Test
    void anIdleTlsConnectionNegotiatedByAlpnGetsGoAwayThenCloses() throws Exception {
        Path cert = Path.of(getClass().getResource("/tls/cert.pem").toURI());
        Path key = Path.of(getClass().getResource("/tls/key.pem").toURI());
        try (GriddleServer server = start(b -> b.tls(new ServerConfig.TlsFiles(cert, key, null, null)))) {
            SSLSocket socket = (SSLSocket) trusting(cert).getSocketFactory().createSocket("127.0.0.1", server.port());
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setApplicationProtocols(new String[] {"h2"});
            socket.setSSLParameters(parameters);
            socket.setSoTimeout(10_000);
            socket.startHandshake();
            assertThat(socket.getApplicationProtocol()).isEqualTo("h2");
            try (H2Wire wire = new H2Wire(socket).preface()) {
                wire.get(1, "/ping");
                List<H2Wire.Frame> frames = untilClosed(wire);
                assertEndsWithGracefulGoAway(frames);
                assertThat(frames)
                        .filteredOn(H2Wire.Frame::endStream)
                        .extracting(H2Wire.Frame::stream)
                        .containsExactly(1);
            }
        }
    }

    @Test
    void anIdleConnectionUpgradedFromHttp11GetsGoAwayThenCloses() throws Exception {
        try (GriddleServer server = start(b -> b)) {
            Socket socket = new Socket("127.0.0.1", server.port());
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    + "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABk\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            assertThat(head(in)).startsWith("HTTP/1.1 101");
            try (H2Wire wire = new H2Wire(socket, in).preface()) {
                List<H2Wire.Frame> frames = untilClosed(wire);
                assertEndsWithGracefulGoAway(frames);
                // The upgrade request was answered on stream 1 before the connection went idle.
                assertThat(frames)
                        .filteredOn(H2Wire.Frame::endStream)
                        .extracting(H2Wire.Frame::stream)
                        .containsExactly(1);
            }
        }
    }

    // The HTTP/1.1 response head, up to its blank line, read byte by byte so that no HTTP/2 byte is consumed.
    private static String head(InputStream in) throws Exception {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (head.size() < 4096) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (text.endsWith("\r\n\r\n")) {
                return text;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static SSLContext trusting(Path cert) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(cert)) {
            trust.setCertificateEntry(
                    "griddle-test", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trustManagers.getTrustManagers(), null);
        return ssl;
    }
}
