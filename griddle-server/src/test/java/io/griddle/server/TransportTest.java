package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import io.netty.channel.epoll.Epoll;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Epoll where it loads, NIO otherwise (forced here with -Dgriddle.nio=true): both serve the same app. */
class TransportTest {

    @Test
    void epollIsChosenWhereItLoads() {
        assertThat(Transport.best().name()).isEqualTo(Epoll.isAvailable() ? "epoll" : "nio");
    }

    @Test
    void theNioFallbackServes() throws Exception {
        System.setProperty("griddle.nio", "true");
        GriddleServer server;
        try {
            server = GriddleServer.start(
                    new WebApp()
                            .get(
                                    "/ping",
                                    Endpoint.async(request -> CompletableFuture.completedFuture(Map.of("pong", true)))),
                    ServerConfig.builder()
                            .port(0)
                            .loops(1)
                            .gracefulShutdown(Duration.ofSeconds(1))
                            .build());
            assertThat(Transport.best().name()).isEqualTo("nio");
        } finally {
            System.clearProperty("griddle.nio");
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/ping"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"pong\":true}");
        } finally {
            server.stop();
        }
    }

    @Test
    void aUnixDomainSocketServesAndIsRemovedAtStop() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/curl")), "curl is not installed");
        java.nio.file.Path socket =
                java.nio.file.Files.createTempDirectory("griddle").resolve("app.sock");
        java.nio.file.Files.createFile(socket); // a stale file from an earlier run... not a socket: must be refused
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GriddleServer.start(
                        new WebApp(),
                        ServerConfig.builder().uds(socket).loops(1).build()))
                .isInstanceOf(GriddleServer.StartupFailure.class);
        java.nio.file.Files.delete(socket);
        GriddleServer server = GriddleServer.start(
                new WebApp()
                        .get(
                                "/ping",
                                Endpoint.async(request -> CompletableFuture.completedFuture(Map.of("pong", true)))),
                ServerConfig.builder()
                        .uds(socket)
                        .loops(1)
                        .accessLog(false)
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build());
        try {
            assertThat(server.port()).isEqualTo(-1);
            Process curl = new ProcessBuilder(
                            "/usr/bin/curl",
                            "-s",
                            "--max-time",
                            "10",
                            "--unix-socket",
                            socket.toString(),
                            "http://localhost/ping")
                    .redirectErrorStream(true)
                    .start();
            String body = new String(curl.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(curl.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(body).isEqualTo("{\"pong\":true}");
        } finally {
            server.stop();
        }
        assertThat(socket).doesNotExist();
    }
}
