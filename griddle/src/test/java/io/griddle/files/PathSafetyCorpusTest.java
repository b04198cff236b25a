package io.griddle.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.server.GriddleServer;
import io.griddle.server.ServerConfig;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import io.griddle.web.WebApp;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile paths of {@code files/hostile-paths.txt}, each sent to StaticFiles over a real socket and through the
 * test client: every one is 404 and none ever shows the secret file that sits beside the served directory.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PathSafetyCorpusTest {

    private static final String SECRET = "TOP-SECRET-FILE-CONTENT";

    @TempDir
    Path root;

    private Path secret;
    private Path served;

    /** One corpus line: the raw target, and the status a socket client gets (400 when the server refuses it). */
    record Hostile(String target, int socketStatus) {}

    @BeforeEach
    void layOut() throws Exception {
        secret = Files.writeString(root.resolve("secret.txt"), SECRET);
        served = Files.createDirectories(root.resolve("public"));
        Files.writeString(served.resolve("hello.txt"), "hello");
        Files.createDirectories(served.resolve("sub"));
        Files.createSymbolicLink(served.resolve("link-in.txt"), Path.of("hello.txt"));
        Files.createSymbolicLink(served.resolve("link-out.txt"), Path.of("../secret.txt"));
        Files.createSymbolicLink(served.resolve("dir-out"), Path.of(".."));
        Files.createSymbolicLink(served.resolve("sub/link-up"), Path.of("../.."));
    }

    private List<Hostile> corpus() throws Exception {
        List<Hostile> lines = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/files/hostile-paths.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                boolean refused = line.startsWith("refused-400 ");
                String target = (refused ? line.substring("refused-400 ".length()) : line)
                        .strip()
                        .replace("{secret}", secret.toString().substring(1));
                lines.add(new Hostile(target, refused ? 400 : 404));
            }
        }
        assertThat(lines).hasSizeGreaterThan(40);
        return lines;
    }

    private WebApp app(boolean followSymlinks) {
        return new WebApp().mount("/static", StaticFiles.directory(served).followSymlinks(followSymlinks));
    }

    @Test
    void everyHostilePathIs404OverASocket() throws Exception {
        try (GriddleServer server = GriddleServer.start(
                app(false),
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .accessLog(false)
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build())) {
            assertThat(rawGet(server.port(), "/static/hello.txt"))
                    .startsWith("HTTP/1.1 200")
                    .endsWith("hello");
            assertThat(rawGet(server.port(), "/static/link-in.txt")).startsWith("HTTP/1.1 200");
            for (Hostile hostile : corpus()) {
                String response = rawGet(server.port(), hostile.target());
                assertThat(response)
                        .as(hostile.target())
                        .startsWith("HTTP/1.1 " + hostile.socketStatus() + " ")
                        .doesNotContain(SECRET);
            }
        }
    }

    @Test
    void everyHostilePathIs404ThroughTheTestClient() throws Exception {
        try (TestClient client = TestClient.of(app(false))) {
            assertThat(client.get("/static/hello.txt").text()).isEqualTo("hello");
            for (Hostile hostile : corpus()) {
                TestResponse response = client.get(hostile.target());
                assertThat(response.status()).as(hostile.target()).isEqualTo(404);
                assertThat(response.text()).as(hostile.target()).doesNotContain(SECRET);
            }
        }
    }

    @Test
    void linksOutAreServedOnlyWhenFollowingSymlinks() {
        try (TestClient client = TestClient.of(app(true))) {
            assertThat(client.get("/static/link-out.txt").text()).isEqualTo(SECRET);
            assertThat(client.get("/static/dir-out/secret.txt").text()).isEqualTo(SECRET);
            // still no parent segments, whatever the links
            assertThat(client.get("/static/../secret.txt").status()).isEqualTo(404);
            assertThat(client.get("/static/%2e%2e/secret.txt").status()).isEqualTo(404);
        }
    }

    // One request on its own connection; everything the server sent until it closed.
    private static String rawGet(int port, String target) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(3000);
            socket.getOutputStream()
                    .write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException silence) {
                // the server kept the connection open: what arrived is the answer
            }
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
