package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code HttpMessage.ResponseFile} over each transport: sendfile over plain HTTP/1.1, chunks read from the file over
 * TLS (HTTP/1.1 and h2) and cleartext h2; the bytes arrive whole, regions start where they say, HEAD sends none.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FileTransferTest {

    @TempDir
    static Path dir;

    private static Path file;
    private static byte[] bytes;

    @BeforeAll
    static void bigFile() throws Exception {
        bytes = new byte[3 * 1024 * 1024 + 12_345]; // several 64 KiB chunks and more than a write buffer
        new Random(7).nextBytes(bytes);
        file = Files.write(dir.resolve("big.bin"), bytes);
    }

    private static WebApp app() {
        return new WebApp()
                .get(
                        "/whole",
                        Endpoint.blocking(request -> Response.file(file, 0, bytes.length, "application/octet-stream")))
                .get(
                        "/region",
                        Endpoint.blocking(request -> Response.file(file, 100_000, 200_000, "application/octet-stream")))
                .get("/missing", Endpoint.blocking(request -> Response.file(dir.resolve("gone"), 0, 10, "text/plain")))
                // Small regions are read whole and sent with the head in one write (SmallFiles).
                .get("/small", Endpoint.blocking(request -> Response.file(file, 5, 1000, "application/octet-stream")))
                .get(
                        "/past-the-end",
                        Endpoint.blocking(
                                request -> Response.file(file, bytes.length - 10, 100, "application/octet-stream")));
    }

    private static GriddleServer start(UnaryOperator<ServerConfig.Builder> settings) {
        return GriddleServer.start(
                app(),
                settings.apply(ServerConfig.builder()
                                .port(0)
                                .loops(1)
                                .accessLog(false)
                                .gracefulShutdown(Duration.ofSeconds(1)))
                        .build());
    }

    private static void checkTransfers(HttpClient client, String base, HttpClient.Version version) throws Exception {
        HttpResponse<byte[]> whole = client.send(get(base + "/whole"), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(whole.version()).isEqualTo(version);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(bytes);
        if (version == HttpClient.Version.HTTP_1_1) {
            assertThat(whole.headers().firstValue("content-length")).hasValue(Integer.toString(bytes.length));
        }
        HttpResponse<byte[]> region = client.send(get(base + "/region"), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(region.body()).isEqualTo(Arrays.copyOfRange(bytes, 100_000, 300_000));
        HttpResponse<byte[]> head = client.send(
                HttpRequest.newBuilder(URI.create(base + "/whole"))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("content-length")).hasValue(Integer.toString(bytes.length));
        HttpResponse<String> missing = client.send(get(base + "/missing"), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(500);
        HttpResponse<byte[]> small = client.send(get(base + "/small"), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).isEqualTo(Arrays.copyOfRange(bytes, 5, 1005));
        HttpResponse<String> pastTheEnd =
                client.send(get(base + "/past-the-end"), HttpResponse.BodyHandlers.ofString());
        assertThat(pastTheEnd.statusCode())
                .as("a small region the file no longer holds, found before anything was sent")
                .isEqualTo(500);
        // the connection (or stream) still serves after all that
        assertThat(client.send(get(base + "/region"), HttpResponse.BodyHandlers.ofByteArray())
                        .body())
                .hasSize(200_000);
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .build();
    }

    @Test
    void plainHttp11SendsTheFileWithSendfile() throws Exception {
        try (GriddleServer server = start(b -> b);
                HttpClient client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build()) {
            checkTransfers(client, "http://127.0.0.1:" + server.port(), HttpClient.Version.HTTP_1_1);
        }
    }

    @Test
    void nioTransportToo() throws Exception {
        String before = System.getProperty("griddle.nio");
        System.setProperty("griddle.nio", "true");
        try (GriddleServer server = start(b -> b);
                HttpClient client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build()) {
            checkTransfers(client, "http://127.0.0.1:" + server.port(), HttpClient.Version.HTTP_1_1);
        } finally {
            if (before == null) {
                System.clearProperty("griddle.nio");
            } else {
                System.setProperty("griddle.nio", before);
            }
        }
    }

    @Test
    void tlsSendsChunksOverHttp11AndH2() throws Exception {
        ServerConfig.TlsFiles tls = tls();
        try (GriddleServer server = start(b -> b.tls(tls).http2(true))) {
            String base = "https://127.0.0.1:" + server.port();
            try (HttpClient http11 = trusting(HttpClient.Version.HTTP_1_1)) {
                checkTransfers(http11, base, HttpClient.Version.HTTP_1_1);
            }
            try (HttpClient h2 = trusting(HttpClient.Version.HTTP_2)) {
                checkTransfers(h2, base, HttpClient.Version.HTTP_2);
            }
        }
    }

    @Test
    void aUnixDomainSocketSendsTheFileToo() throws Exception {
        Path socket = dir.resolve("files.sock");
        try (GriddleServer server = start(b -> b.uds(socket));
                java.nio.channels.SocketChannel channel =
                        java.nio.channels.SocketChannel.open(java.net.UnixDomainSocketAddress.of(socket))) {
            channel.write(
                    java.nio.ByteBuffer.wrap("GET /region HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            byte[] received = java.nio.channels.Channels.newInputStream(channel).readAllBytes();
            String text = new String(received, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(text).startsWith("HTTP/1.1 200 OK").contains("content-length: 200000");
            assertThat(server.port()).isEqualTo(-1); // served on the socket file, not a port
            int body = text.indexOf("\r\n\r\n") + 4;
            assertThat(Arrays.copyOfRange(received, body, received.length))
                    .isEqualTo(Arrays.copyOfRange(bytes, 100_000, 300_000));
        }
    }

    @Test
    void aClientThatLeavesMidFileDoesNotStopTheServer() throws Exception {
        ServerConfig.TlsFiles tls = tls();
        try (GriddleServer plain = start(b -> b);
                GriddleServer secure = start(b -> b.tls(tls))) {
            leaveEarly(new java.net.Socket("127.0.0.1", plain.port()));
            javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket)
                    trustingContext().getSocketFactory().createSocket("127.0.0.1", secure.port());
            leaveEarly(socket);
            try (HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                assertThat(client.send(
                                        get("http://127.0.0.1:" + plain.port() + "/whole"),
                                        HttpResponse.BodyHandlers.ofByteArray())
                                .body())
                        .isEqualTo(bytes);
            }
            try (HttpClient client = trusting(HttpClient.Version.HTTP_1_1)) {
                assertThat(client.send(
                                        get("https://127.0.0.1:" + secure.port() + "/whole"),
                                        HttpResponse.BodyHandlers.ofByteArray())
                                .body())
                        .isEqualTo(bytes);
            }
        }
    }

    // Asks for the whole file, reads a little of it, and closes the connection.
    private static void leaveEarly(java.net.Socket socket) throws Exception {
        try (socket) {
            socket.setSoTimeout(5000);
            socket.getOutputStream()
                    .write("GET /whole HTTP/1.1\r\nHost: localhost\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] some = new byte[100_000];
            int read = 0;
            while (read < some.length) {
                int n = socket.getInputStream().read(some, read, some.length - read);
                assertThat(n).isPositive();
                read += n;
            }
            assertThat(new String(some, 0, 15, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("HTTP/1.1 200 OK");
        }
    }

    private static Path resource(String name) throws Exception {
        return Path.of(FileTransferTest.class.getResource("/tls/" + name).toURI());
    }

    private static ServerConfig.TlsFiles tls() throws Exception {
        return new ServerConfig.TlsFiles(resource("cert.pem"), resource("key.pem"), null, null);
    }

    private static HttpClient trusting(HttpClient.Version version) throws Exception {
        return HttpClient.newBuilder()
                .version(version)
                .sslContext(trustingContext())
                .build();
    }

    private static SSLContext trustingContext() throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream cert = Files.newInputStream(resource("cert.pem"))) {
            trust.setCertificateEntry(
                    "griddle-test", CertificateFactory.getInstance("X.509").generateCertificate(cert));
        }
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trustManagers.getTrustManagers(), null);
        return ssl;
    }
}
