package io.griddle.examples.burgershop;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.File;
import io.griddle.Post;
import io.griddle.UploadFile;
import io.griddle.binding.forms.FormReader;
import io.griddle.server.GriddleServer;
import io.griddle.server.ServerConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads through a real server: a 20 MiB file streamed to disk and back, a chunked upload over
 * {@code --max-body-size} refused with 413, and a client leaving mid-upload; each leaves the spool directory empty.
 */
class UploadServerTest {

    private static final int MIB = 1024 * 1024;
    private static final String BOUNDARY = "upload-server-test-boundary";

    @TempDir
    Path spool;

    private GriddleServer server;
    private final CountDownLatch handled = new CountDownLatch(1);
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** The upload route. */
    public final class Routes {
        @Post("/upload")
        public Map<String, Object> upload(@File UploadFile file) throws Exception {
            handled.countDown();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = file.inputStream()) {
                byte[] buffer = new byte[65536];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
            }
            return Map.of(
                    "size",
                    file.size(),
                    "spooled",
                    !file.inMemory(),
                    "sha",
                    HexFormat.of().formatHex(sha.digest()));
        }
    }

    @BeforeEach
    void start() {
        FormReader.spoolDirectory(spool);
        server = GriddleServer.start(
                App.create().include(new Routes()),
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .maxBodySize(32L * MIB)
                        .accessLog(false)
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build());
    }

    @AfterEach
    void stop() {
        server.stop();
        FormReader.spoolDirectory(null);
    }

    private static byte[] content(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 17 + (i >> 13));
        }
        return bytes;
    }

    private static byte[] multipart(byte[] file) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.bin\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return body;
    }

    private HttpRequest.Builder post() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/upload"))
                .timeout(Duration.ofSeconds(60))
                .header("content-type", "multipart/form-data; boundary=" + BOUNDARY);
    }

    private List<Path> spooled() {
        try (Stream<Path> files = Files.list(spool)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitEmptySpool() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!spooled().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(spooled()).isEmpty();
    }

    @Test
    void aTwentyMibUploadIsSpooledReadBackAndDeleted() throws Exception {
        byte[] file = content(20 * MIB);
        HttpResponse<String> response = client.send(
                post().POST(HttpRequest.BodyPublishers.ofByteArray(multipart(file)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        assertThat(response.body())
                .contains("\"size\":" + 20 * MIB)
                .contains("\"spooled\":true")
                .contains("\"sha\":\"" + sha + "\"");
        awaitEmptySpool();
    }

    @Test
    void aChunkedUploadOverTheBodyLimitIs413AndLeavesNothing() throws Exception {
        byte[] body = multipart(content(40 * MIB));
        HttpResponse<String> response = client.send(
                post().POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        awaitEmptySpool();
        assertThat(handled.getCount()).isEqualTo(1);
    }

    @Test
    void aClientLeavingMidUploadLeavesNothing() throws Exception {
        byte[] body = multipart(content(12 * MIB));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /upload HTTP/1.1\r\nHost: test\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
                            + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 6 * MIB); // past the 1 MiB threshold: a file is on disk when the client leaves
            out.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (spooled().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(spooled()).isNotEmpty(); // the upload was spooling
        }
        awaitEmptySpool();
        assertThat(handled.getCount()).isEqualTo(1);
    }
}
