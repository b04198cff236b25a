package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.server.http2.Tls;
import io.griddle.web.WebApp;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.ClientAuth;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server's TLS defaults: TLS 1.3 and 1.2 only, suites with forward secrecy and authenticated encryption only
 * (a client offering only CBC suites is refused), for HTTP/1.1 as for HTTP/2; {@code --ssl-ciphers} replaces the
 * suites, and a name the JVM does not know stops the start.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TlsDefaultsTest {

    private static final String CBC = "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256";

    private static final WebApp APP = new WebApp()
            .get("/ping", Endpoint.async(request -> CompletableFuture.completedFuture(Response.text("pong"))));

    private static Path resource(String name) throws Exception {
        return Path.of(TlsDefaultsTest.class.getResource("/tls/" + name).toURI());
    }

    private static ServerConfig.TlsFiles files() throws Exception {
        return new ServerConfig.TlsFiles(resource("cert.pem"), resource("key.pem"), null, null);
    }

    private static GriddleServer start(ServerConfig.TlsFiles tls, boolean http2) {
        return GriddleServer.start(
                APP,
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .accessLog(false)
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .tls(tls)
                        .http2(http2)
                        .build());
    }

    // A client that trusts the test certificate and offers only these protocols and, if given, these suites.
    private static String get(int port, List<String> protocols, List<String> suites) throws Exception {
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
        try (SSLSocket socket = (SSLSocket) ssl.getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            socket.setEnabledProtocols(protocols.toArray(String[]::new));
            if (suites != null) {
                socket.setEnabledCipherSuites(suites.toArray(String[]::new));
            }
            socket.startHandshake();
            String negotiated = socket.getSession().getProtocol() + " "
                    + socket.getSession().getCipherSuite();
            socket.getOutputStream()
                    .write("GET /ping HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(answer).startsWith("HTTP/1.1 200").endsWith("pong");
            return negotiated;
        }
    }

    @Test
    void theContextSpeaksTls13And12WithForwardSecretAeadSuitesOnly() throws Exception {
        for (boolean http2 : new boolean[] {false, true}) {
            SSLEngine engine = Tls.context(
                            resource("cert.pem"), resource("key.pem"), null, null, ClientAuth.NONE, http2, null)
                    .newEngine(ByteBufAllocator.DEFAULT);
            assertThat(engine.getEnabledProtocols()).as("http2 %s", http2).containsExactly("TLSv1.3", "TLSv1.2");
            assertThat(engine.getEnabledCipherSuites()).isNotEmpty().allSatisfy(suite -> {
                assertThat(Tls.DEFAULT_CIPHERS).contains(suite);
                assertThat(suite.startsWith("TLS_AES_")
                                || suite.startsWith("TLS_CHACHA20_")
                                || suite.startsWith("TLS_ECDHE_"))
                        .as(suite)
                        .isTrue();
                assertThat(suite).doesNotStartWith("TLS_RSA_"); // no forward secrecy
                assertThat(suite).doesNotContain("CBC", "3DES", "RC4", "NULL", "anon", "EXPORT");
                assertThat(suite).containsAnyOf("GCM", "CHACHA20");
            });
        }
    }

    @Test
    void modernClientsAreServedAndACbcOnlyClientIsRefused() throws Exception {
        try (GriddleServer server = start(files(), false)) {
            assertThat(get(server.port(), List.of("TLSv1.3"), null)).startsWith("TLSv1.3 TLS_");
            assertThat(get(server.port(), List.of("TLSv1.2"), null)).startsWith("TLSv1.2 TLS_ECDHE_RSA_WITH_");
            assertThatThrownBy(() -> get(server.port(), List.of("TLSv1.2"), List.of(CBC)))
                    .isInstanceOf(SSLException.class);
        }
    }

    @Test
    void sslCiphersReplacesTheSuites() throws Exception {
        ServerConfig.TlsFiles withCbc = files().withCiphers(List.of(CBC, "TLS_AES_128_GCM_SHA256"));
        try (GriddleServer server = start(withCbc, false)) {
            assertThat(get(server.port(), List.of("TLSv1.2"), List.of(CBC))).isEqualTo("TLSv1.2 " + CBC);
            assertThat(get(server.port(), List.of("TLSv1.3"), null)).isEqualTo("TLSv1.3 TLS_AES_128_GCM_SHA256");
        }
    }

    @Test
    void theFlagTakesOpenSslOrCommaSeparatorsAndRefusesUnknownNames() throws Exception {
        String cert = resource("cert.pem").toString();
        String key = resource("key.pem").toString();
        StringWriter out = new StringWriter();
        ServerConfig config = ServerOptions.parse(
                new String[] {
                    "--ssl-certfile",
                    cert,
                    "--ssl-keyfile",
                    key,
                    "--ssl-ciphers",
                    "TLS_AES_256_GCM_SHA384:TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, " + CBC
                },
                Map.of(),
                new PrintWriter(out));
        assertThat(config.tls().ciphers())
                .containsExactly("TLS_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", CBC);
        assertThat(ServerOptions.parse(
                                new String[] {"--ssl-certfile", cert, "--ssl-keyfile", key},
                                Map.of(),
                                new PrintWriter(out))
                        .tls()
                        .ciphers())
                .isNull();
        assertThatThrownBy(() -> ServerOptions.parse(
                        new String[] {"--ssl-certfile", cert, "--ssl-keyfile", key, "--ssl-ciphers", "HIGH:!aNULL"},
                        Map.of(),
                        new PrintWriter(out)))
                .isInstanceOf(ServerOptions.BadFlag.class)
                .hasMessage("Invalid value for option '--ssl-ciphers': not cipher suites this JVM supports: [HIGH,"
                        + " !aNULL]");
    }
}
