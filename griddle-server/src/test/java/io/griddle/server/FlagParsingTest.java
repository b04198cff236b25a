package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The flags {@link ServerOptionsTest} does not parse: each one's value reaches the configuration, and a bad one is
 * a one-line error naming it. (What each flag does is shown by the server tests: LimitsTest, FlagEffectsTest,
 * ProxyHeadersTest, TlsAndHttp2Test, TransportTest, InheritedSocketTest.)
 */
class FlagParsingTest {

    private final StringWriter out = new StringWriter();

    private ServerConfig parse(String... args) throws ServerOptions.BadFlag {
        return ServerOptions.parse(args, Map.of(), new PrintWriter(out));
    }

    private static Path resource(String name) throws Exception {
        return Path.of(FlagParsingTest.class.getResource("/tls/" + name).toURI());
    }

    @Test
    void socketFlags() throws Exception {
        assertThat(parse("--uds", "/run/shop.sock").uds()).isEqualTo(Path.of("/run/shop.sock"));
        assertThat(parse().uds()).isNull();
        assertThat(parse().backlog()).isEqualTo(2048);
        assertThatThrownBy(() -> parse("--backlog", "0")).hasMessageContaining("--backlog");
    }

    @Test
    void limitAndTimeoutFlags() throws Exception {
        ServerConfig config = parse(
                "--timeout-header-read",
                "2.5",
                "--timeout-graceful-shutdown",
                "7",
                "--max-header-size",
                "4096",
                "--max-request-line",
                "1024",
                "--limit-max-requests",
                "1000",
                "--limit-max-requests-jitter",
                "50");
        assertThat(config.timeoutHeaderRead()).isEqualTo(Duration.ofMillis(2500));
        assertThat(config.gracefulShutdown()).isEqualTo(Duration.ofSeconds(7));
        assertThat(config.maxHeaderSize()).isEqualTo(4096);
        assertThat(config.maxRequestLine()).isEqualTo(1024);
        assertThat(config.limitMaxRequests()).isEqualTo(1000);
        assertThat(config.limitMaxRequestsJitter()).isEqualTo(50);

        ServerConfig defaults = parse();
        assertThat(defaults.timeoutHeaderRead()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.gracefulShutdown()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.maxHeaderSize()).isEqualTo(16384);
        assertThat(defaults.maxRequestLine()).isEqualTo(8192);
        assertThat(defaults.maxBodySize()).isEqualTo(16L * 1024 * 1024);
        assertThat(defaults.limitMaxRequests()).isZero();
        assertThat(defaults.limitConcurrency()).isZero();
        assertThat(defaults.timeoutRequest()).isZero();

        assertThatThrownBy(() -> parse("--timeout-header-read", "0")).hasMessageContaining("--timeout-header-read");
        assertThatThrownBy(() -> parse("--timeout-graceful-shutdown", "-1"))
                .hasMessageContaining("--timeout-graceful-shutdown");
        assertThatThrownBy(() -> parse("--max-header-size", "10")).hasMessageContaining("--max-header-size");
        assertThatThrownBy(() -> parse("--max-request-line", "10")).hasMessageContaining("--max-request-line");
        assertThatThrownBy(() -> parse("--max-body-size", "-1")).hasMessageContaining("--max-body-size");
        assertThatThrownBy(() -> parse("--limit-concurrency", "-1")).hasMessageContaining("--limit-concurrency");
        assertThatThrownBy(() -> parse("--limit-max-requests", "-1")).hasMessageContaining("--limit-max-requests");
        assertThatThrownBy(() -> parse("--limit-max-requests-jitter", "-1"))
                .hasMessageContaining("--limit-max-requests-jitter");
        assertThatThrownBy(() -> parse("--timeout-request", "-1")).hasMessageContaining("--timeout-request");
        assertThatThrownBy(() -> parse("--slow-callback-ms", "0")).hasMessageContaining("--slow-callback-ms");
    }

    @Test
    void responseHeaderFlags() throws Exception {
        ServerConfig config = parse("--no-date-header", "--header", "X-A: 1", "--header", "X-B:2");
        assertThat(config.dateHeader()).isFalse();
        assertThat(config.serverHeader()).isTrue();
        assertThat(config.extraHeaders()).containsExactly(Map.entry("X-A", "1"), Map.entry("X-B", "2"));
        assertThat(parse("--date-header", "--server-header", "--access-log").dateHeader())
                .isTrue();
        assertThat(parse().accessLog()).isTrue();
        assertThatThrownBy(() -> parse("--header", "X-A: 1\r\nSet-Cookie: x=1")).hasMessageContaining("--header");
    }

    @Test
    void proxyFlags() throws Exception {
        ServerConfig config =
                parse("--no-proxy-headers", "--forwarded-allow-ips", "10.0.0.0/8, 127.0.0.1", "--root-path", "/api/");
        assertThat(config.proxyHeaders()).isFalse();
        assertThat(config.forwardedAllowIps()).isEqualTo("10.0.0.0/8, 127.0.0.1");
        assertThat(config.rootPath()).isEqualTo("/api"); // the trailing slash goes
        ServerConfig defaults = parse();
        assertThat(defaults.proxyHeaders()).isTrue();
        assertThat(defaults.forwardedAllowIps()).isEqualTo("127.0.0.1");
        assertThat(defaults.rootPath()).isEmpty();
        assertThatThrownBy(() -> parse("--forwarded-allow-ips", "proxy.example"))
                .hasMessageContaining("--forwarded-allow-ips")
                .hasMessageContaining("proxy.example");
        assertThatThrownBy(() -> parse("--root-path", "api")).hasMessageContaining("--root-path");
    }

    @Test
    void tlsFlags() throws Exception {
        String cert = resource("cert.pem").toString();
        String key = resource("key-encrypted.pem").toString();
        String ca = resource("ca.pem").toString();
        ServerConfig config = parse(
                "--ssl-certfile",
                cert,
                "--ssl-keyfile",
                key,
                "--ssl-keyfile-password",
                "secret",
                "--ssl-ca-certs",
                ca,
                "--http2");
        assertThat(config.tls())
                .isEqualTo(new ServerConfig.TlsFiles(Path.of(cert), Path.of(key), "secret", Path.of(ca)));
        assertThat(config.http2()).isTrue();
        assertThat(parse().tls()).isNull();
        assertThat(parse().http2()).isFalse();
        assertThat(parse("--http2").http2()).isTrue(); // cleartext: prior knowledge and Upgrade: h2c

        assertThat(config.tls().clientCerts()).isEqualTo(ServerConfig.ClientCerts.OPTIONAL); // asked, with CAs
        assertThat(parse("--ssl-certfile", cert, "--ssl-keyfile", key, "--ssl-keyfile-password", "secret")
                        .tls()
                        .clientCerts())
                .isEqualTo(ServerConfig.ClientCerts.NONE);
        String[] base = {"--ssl-certfile", cert, "--ssl-keyfile", key, "--ssl-ca-certs", ca, "--ssl-cert-reqs"};
        for (ServerConfig.ClientCerts level : ServerConfig.ClientCerts.values()) {
            String[] args = java.util.Arrays.copyOf(base, base.length + 1);
            args[base.length] = String.valueOf(level.ordinal());
            assertThat(parse(args).tls().clientCerts()).isEqualTo(level);
        }
        assertThat(ServerOptions.parse(
                                new String[] {"--ssl-certfile", cert, "--ssl-keyfile", key, "--ssl-ca-certs", ca},
                                Map.of("GRIDDLE_SSL_CERT_REQS", "2"),
                                new PrintWriter(out))
                        .tls()
                        .clientCerts())
                .isEqualTo(ServerConfig.ClientCerts.REQUIRED);
        assertThatThrownBy(() -> parse(
                        "--ssl-certfile", cert, "--ssl-keyfile", key, "--ssl-ca-certs", ca, "--ssl-cert-reqs", "3"))
                .hasMessage("Invalid value for option '--ssl-cert-reqs': 3 (0 for none, 1 for"
                        + " optional, 2 for required)");
        assertThatThrownBy(() -> parse("--ssl-certfile", cert, "--ssl-keyfile", key, "--ssl-cert-reqs", "2"))
                .hasMessageContaining("--ssl-cert-reqs")
                .hasMessageContaining("--ssl-ca-certs");

        assertThatThrownBy(() -> parse("--ssl-certfile", cert)).hasMessageContaining("--ssl-keyfile");
        assertThatThrownBy(() -> parse("--ssl-keyfile", key)).hasMessageContaining("--ssl-certfile");
        assertThatThrownBy(() -> parse("--ssl-certfile", "/nonexistent.pem", "--ssl-keyfile", key))
                .hasMessageContaining("--ssl-certfile")
                .hasMessageContaining("/nonexistent.pem");
        assertThatThrownBy(
                        () -> parse("--ssl-certfile", cert, "--ssl-keyfile", key, "--ssl-ca-certs", "/nonexistent.pem"))
                .hasMessageContaining("--ssl-ca-certs");
    }

    /** Ranges are checked in one place, ServerConfig: code and command line fail alike, naming the flag. */
    @Test
    void theCommandLineAndTheBuilderRefuseAValueWithTheSameOneLineMessage() throws Exception {
        Path key = resource("key.pem");
        Map<String[], java.util.function.UnaryOperator<ServerConfig.Builder>> cases = new java.util.LinkedHashMap<>();
        cases.put(new String[] {"--port", "70000"}, b -> b.port(70000));
        cases.put(new String[] {"--loops", "0"}, b -> b.loops(0));
        cases.put(new String[] {"--max-body-size", "-1"}, b -> b.maxBodySize(-1));
        cases.put(new String[] {"--timeout-keep-alive", "0"}, b -> b.timeoutKeepAlive(Duration.ZERO));
        cases.put(new String[] {"--timeout-graceful-shutdown", "-2"}, b -> b.gracefulShutdown(Duration.ofSeconds(-2)));
        cases.put(new String[] {"--slow-callback-ms", "0"}, b -> b.slowCallback(Duration.ZERO));
        cases.put(new String[] {"--log-format", "xml"}, b -> b.logging("info", "xml", null));
        cases.put(new String[] {"--log-level", "loud"}, b -> b.logging("loud", "text", null));
        cases.put(new String[] {"--forwarded-allow-ips", "proxy.example"}, b -> b.forwardedAllowIps("proxy.example"));
        cases.put(
                new String[] {"--ssl-certfile", "/nonexistent.pem", "--ssl-keyfile", key.toString()},
                b -> b.tls(new ServerConfig.TlsFiles(Path.of("/nonexistent.pem"), key, null, null)));
        for (Map.Entry<String[], java.util.function.UnaryOperator<ServerConfig.Builder>> entry : cases.entrySet()) {
            String flag = entry.getKey()[0];
            Throwable fromCode = org.assertj.core.api.Assertions.catchThrowable(
                    () -> entry.getValue().apply(ServerConfig.builder()).build());
            assertThat(fromCode).as(flag).isInstanceOf(InvalidSetting.class);
            assertThat(((InvalidSetting) fromCode).flag()).isEqualTo(flag);
            assertThat(fromCode.getMessage())
                    .startsWith("Invalid value for option '" + flag + "': ")
                    .doesNotContain("\n");
            assertThatThrownBy(() -> parse(entry.getKey()))
                    .as(flag)
                    .isInstanceOf(ServerOptions.BadFlag.class)
                    .hasMessage(fromCode.getMessage());
        }
        assertThatThrownBy(() -> parse("--timeout-worker-healthcheck", "0"))
                .isInstanceOf(ServerOptions.BadFlag.class)
                .hasMessage("Invalid value for option '--timeout-worker-healthcheck': 0.0 (must be positive)");
    }

    @Test
    void helpListsTheSocketTlsAndProxyFlags() throws Exception {
        assertThat(parse("--help")).isNull();
        assertThat(out.toString())
                .contains(
                        "--uds",
                        "--fd",
                        "--backlog",
                        "--ssl-certfile",
                        "--ssl-keyfile",
                        "--ssl-keyfile-password",
                        "--ssl-ca-certs",
                        "--ssl-cert-reqs",
                        "--http2",
                        "--[no-]proxy-headers",
                        "--forwarded-allow-ips",
                        "--root-path",
                        "--limit-max-requests",
                        "--limit-max-requests-jitter",
                        "--max-header-size",
                        "--timeout-graceful-shutdown",
                        "--[no-]server-header",
                        "--[no-]date-header",
                        "--log-level",
                        "--log-format",
                        "Inherited socket");
    }
}
