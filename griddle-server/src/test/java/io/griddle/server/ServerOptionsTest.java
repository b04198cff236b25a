package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {

    private final StringWriter out = new StringWriter();

    private ServerConfig parse(String... args) throws ServerOptions.BadFlag {
        return ServerOptions.parse(args, java.util.Map.of(), new PrintWriter(out));
    }

    @Test
    void defaultsAreUvicornsWhereTheyExist() throws Exception {
        ServerConfig config = parse();
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8000);
        assertThat(config.loops()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(config.blockingThreads()).isZero();
        assertThat(config.slowCallback()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void flagsInAnyOrder() throws Exception {
        ServerConfig config = parse(
                "--loops",
                "1",
                "--port",
                "0",
                "--blocking-threads",
                "40",
                "--host",
                "::1",
                "--slow-callback-ms",
                "250");
        assertThat(config.loops()).isEqualTo(1);
        assertThat(config.port()).isZero();
        assertThat(config.blockingThreads()).isEqualTo(40);
        assertThat(config.host()).isEqualTo("::1");
        assertThat(config.slowCallback()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void aBadValueIsOneLineNamingTheFlag() {
        assertThatThrownBy(() -> parse("--port", "eighty"))
                .isInstanceOf(ServerOptions.BadFlag.class)
                .hasMessageContaining("--port")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> parse("--port", "70000")).hasMessageContaining("--port");
        assertThatThrownBy(() -> parse("--loops", "0")).hasMessageContaining("--loops");
        assertThatThrownBy(() -> parse("--blocking-threads", "-1")).hasMessageContaining("--blocking-threads");
        assertThatThrownBy(() -> parse("--frobnicate")).hasMessageContaining("--frobnicate");
    }

    @Test
    void flagsComeFromTheEnvironmentAndAnEnvFileTheCommandLineWinning() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("griddle", ".env");
        java.nio.file.Files.writeString(
                file, "# settings\nGRIDDLE_LOOPS=3\nexport GRIDDLE_PORT=7000\nGRIDDLE_ACCESS_LOG='false'\n");
        try {
            ServerConfig fromFile = ServerOptions.parse(
                    new String[] {"--env-file", file.toString()}, java.util.Map.of(), new PrintWriter(out));
            assertThat(fromFile.loops()).isEqualTo(3);
            assertThat(fromFile.port()).isEqualTo(7000);
            assertThat(fromFile.accessLog()).isFalse();

            ServerConfig envWins = ServerOptions.parse(
                    new String[] {"--env-file", file.toString()},
                    java.util.Map.of("GRIDDLE_PORT", "7100", "GRIDDLE_BLOCKING_THREADS", "40"),
                    new PrintWriter(out));
            assertThat(envWins.port()).isEqualTo(7100);
            assertThat(envWins.blockingThreads()).isEqualTo(40);

            ServerConfig flagWins = ServerOptions.parse(
                    new String[] {"--port", "7200", "--env-file", file.toString()},
                    java.util.Map.of("GRIDDLE_PORT", "7100"),
                    new PrintWriter(out));
            assertThat(flagWins.port()).isEqualTo(7200);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void aBadEnvironmentValueNamesTheFlag() {
        assertThatThrownBy(() ->
                        ServerOptions.parse(new String[0], java.util.Map.of("GRIDDLE_PORT", "x"), new PrintWriter(out)))
                .isInstanceOf(ServerOptions.BadFlag.class)
                .hasMessageContaining("--port");
        assertThatThrownBy(() -> ServerOptions.parse(
                        new String[] {"--env-file", "/nonexistent/.env"}, java.util.Map.of(), new PrintWriter(out)))
                .hasMessageContaining("--env-file");
    }

    @Test
    void limitsAndOutputFlags() throws Exception {
        ServerConfig config = parse(
                "--limit-concurrency",
                "4",
                "--max-body-size",
                "1000",
                "--timeout-keep-alive",
                "0.5",
                "--timeout-request",
                "2",
                "--no-access-log",
                "--no-server-header",
                "--header",
                "X-Frame-Options: DENY",
                "--backlog",
                "64");
        assertThat(config.limitConcurrency()).isEqualTo(4);
        assertThat(config.maxBodySize()).isEqualTo(1000);
        assertThat(config.timeoutKeepAlive()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.timeoutRequest()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.accessLog()).isFalse();
        assertThat(config.serverHeader()).isFalse();
        assertThat(config.dateHeader()).isTrue();
        assertThat(config.extraHeaders()).containsExactly(java.util.Map.entry("X-Frame-Options", "DENY"));
        assertThat(config.backlog()).isEqualTo(64);
        assertThatThrownBy(() -> parse("--header", "no-colon")).hasMessageContaining("--header");
        assertThatThrownBy(() -> parse("--timeout-keep-alive", "0")).hasMessageContaining("--timeout-keep-alive");
        assertThatThrownBy(() -> parse("--log-level", "loud")).hasMessageContaining("--log-level");
        assertThatThrownBy(() -> parse("--log-format", "xml")).hasMessageContaining("--log-format");
        ServerConfig logging = parse("--log-level", "debug", "--log-format", "json", "--no-use-colors");
        assertThat(logging.logLevel()).isEqualTo("debug");
        assertThat(logging.logFormat()).isEqualTo("json");
        assertThat(logging.useColors()).isFalse();
        assertThat(parse().useColors()).isNull();
    }

    @Test
    void helpListsEveryFlag() throws Exception {
        assertThat(parse("--help")).isNull();
        assertThat(out.toString())
                .contains(
                        "--host",
                        "--port",
                        "--loops",
                        "--blocking-threads",
                        "--slow-callback-ms",
                        "--limit-concurrency",
                        "--max-body-size",
                        "--timeout-keep-alive",
                        "--timeout-header-read",
                        "--timeout-request",
                        "--[no-]access-log",
                        "--header",
                        "--env-file",
                        "Limits and timeouts");
    }

    @Test
    void processFlags() throws Exception {
        java.util.Map<String, String> none = java.util.Map.of();
        ServerOptions.Launch single = ServerOptions.parseOwnMain(new String[0], none, new PrintWriter(out));
        assertThat(single.processes().supervises()).isFalse();
        ServerOptions.Launch workers = ServerOptions.parseOwnMain(
                new String[] {"--workers", "3", "--timeout-worker-healthcheck", "2.5"}, none, new PrintWriter(out));
        assertThat(workers.processes().workers()).isEqualTo(3);
        assertThat(workers.processes().workerCount()).isEqualTo(3);
        assertThat(workers.processes().healthCheckTimeout()).isEqualTo(java.time.Duration.ofMillis(2500));
        assertThat(ServerOptions.parseOwnMain(
                                new String[0], java.util.Map.of("WEB_CONCURRENCY", "4"), new PrintWriter(out))
                        .processes()
                        .workers())
                .isEqualTo(4);
        ServerOptions.Launch reload = ServerOptions.parseOwnMain(
                new String[] {
                    "--reload",
                    "--workers",
                    "4",
                    "--reload-dir",
                    "src",
                    "--reload-include",
                    "*.html",
                    "--reload-exclude",
                    "*.tmp",
                    "--reload-delay",
                    "0.5"
                },
                none,
                new PrintWriter(out));
        assertThat(reload.processes().reload()).isTrue();
        assertThat(reload.processes().workerCount()).isEqualTo(1); // workers are ignored when reloading
        assertThat(reload.processes().reloadDirs()).containsExactly(java.nio.file.Path.of("src"));
        assertThat(reload.processes().reloadIncludes()).containsExactly("*.html");
        assertThat(reload.processes().reloadExcludes()).containsExactly("*.tmp");

        assertThatThrownBy(() -> parse("--workers", "0")).hasMessageContaining("--workers");
        assertThatThrownBy(() -> parse("--timeout-worker-healthcheck", "0"))
                .hasMessageContaining("--timeout-worker-healthcheck");
        assertThatThrownBy(() -> parse("--workers", "2", "--uds", "/tmp/griddle.sock"))
                .hasMessageContaining("--uds")
                .hasMessageContaining("TCP port");
        assertThatThrownBy(() -> parse("--reload", "--fd", "3"))
                .hasMessageContaining("--fd")
                .hasMessageContaining("bind their own port");
        assertThatThrownBy(() -> ServerOptions.parse(
                        new String[0], java.util.Map.of("WEB_CONCURRENCY", "many"), new PrintWriter(out)))
                .hasMessageContaining("WEB_CONCURRENCY");
    }
}
