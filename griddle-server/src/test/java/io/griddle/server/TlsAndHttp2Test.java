package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The same app and gateway contract over HTTP/1.1, HTTPS, h2 (ALPN) and cleartext h2 (prior knowledge). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TlsAndHttp2Test {

    record Ping(boolean pong, String scheme, String http) {}

    private static final String PING = "{\"pong\":true,\"scheme\":\"%s\",\"http\":\"%s\"}";
    private static final WebApp APP = new WebApp()
            .get(
                    "/ping",
                    Endpoint.async(request -> CompletableFuture.completedFuture(new Ping(
                            true, request.scope().scheme(), request.scope().httpVersion()))))
            .route(
                    Set.of("POST"),
                    "/echo",
                    Endpoint.async(request -> request.body().thenApply(bytes -> Response.bytes(bytes, "text/plain"))));

    private static Path resource(String name) throws Exception {
        return Path.of(TlsAndHttp2Test.class.getResource("/tls/" + name).toURI());
    }

    private static GriddleServer start(UnaryOperator<ServerConfig.Builder> settings) {
        return GriddleServer.start(
                APP,
                settings.apply(ServerConfig.builder()
                                .port(0)
                                .loops(1)
                                .accessLog(false)
                                .gracefulShutdown(Duration.ofSeconds(1)))
                        .build());
    }

    private static ServerConfig.TlsFiles tls(String key, String password) {
        try {
            return new ServerConfig.TlsFiles(resource("cert.pem"), resource(key), password, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpClient trustingClient(HttpClient.Version version) throws Exception {
        return trustingClient(version, null);
    }

    // Trusts the test server's certificate; presents the client certificate in the PKCS#12 file, if one is named.
    private static HttpClient trustingClient(HttpClient.Version version, String clientP12) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream cert = Files.newInputStream(resource("cert.pem"))) {
            trust.setCertificateEntry(
                    "griddle-test", CertificateFactory.getInstance("X.509").generateCertificate(cert));
        }
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        javax.net.ssl.KeyManager[] keyManagers = null;
        if (clientP12 != null) {
            KeyStore identity = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(resource(clientP12))) {
                identity.load(in, "secret".toCharArray());
            }
            javax.net.ssl.KeyManagerFactory factory =
                    javax.net.ssl.KeyManagerFactory.getInstance(javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
            factory.init(identity, "secret".toCharArray());
            keyManagers = new javax.net.ssl.KeyManager[] {
                alwaysPresenting(
                        (javax.net.ssl.X509KeyManager) factory.getKeyManagers()[0],
                        identity.aliases().nextElement())
            };
        }
        ssl.init(keyManagers, trustManagers.getTrustManagers(), null);
        return HttpClient.newBuilder()
                .version(version)
                .sslContext(ssl)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    // A key manager that presents its certificate whoever the server says it trusts (a well-behaved client would
    // send none when its certificate's issuer is not among the server's CAs).
    private static javax.net.ssl.X509KeyManager alwaysPresenting(javax.net.ssl.X509KeyManager keys, String alias) {
        return new javax.net.ssl.X509ExtendedKeyManager() {
            @Override
            public String[] getClientAliases(String keyType, java.security.Principal[] issuers) {
                return new String[] {alias};
            }

            @Override
            public String chooseClientAlias(
                    String[] keyType, java.security.Principal[] issuers, java.net.Socket socket) {
                return alias;
            }

            @Override
            public String chooseEngineClientAlias(
                    String[] keyType, java.security.Principal[] issuers, javax.net.ssl.SSLEngine engine) {
                return alias;
            }

            @Override
            public String[] getServerAliases(String keyType, java.security.Principal[] issuers) {
                return null;
            }

            @Override
            public String chooseServerAlias(String keyType, java.security.Principal[] issuers, java.net.Socket socket) {
                return null;
            }

            @Override
            public java.security.cert.X509Certificate[] getCertificateChain(String name) {
                return keys.getCertificateChain(name);
            }

            @Override
            public java.security.PrivateKey getPrivateKey(String name) {
                return keys.getPrivateKey(name);
            }
        };
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void httpsServesHttp11() throws Exception {
        try (GriddleServer server = start(b -> b.tls(tls("key.pem", null)));
                HttpClient client = trustingClient(HttpClient.Version.HTTP_1_1)) {
            HttpResponse<String> response = get(client, "https://127.0.0.1:" + server.port() + "/ping");
            assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThat(response.body()).isEqualTo(PING.formatted("https", "1.1"));
        }
    }

    @Test
    void httpsWithHttp2NegotiatesH2AndServesTheSameApp() throws Exception {
        try (GriddleServer server =
                        start(b -> b.tls(tls("key-encrypted.pem", "secret")).http2(true));
                HttpClient client = trustingClient(HttpClient.Version.HTTP_2)) {
            HttpResponse<String> response = get(client, "https://127.0.0.1:" + server.port() + "/ping");
            assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(response.body()).isEqualTo(PING.formatted("https", "2"));

            String body = "x".repeat(100_000);
            HttpResponse<String> echoed = client.send(
                    HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.port() + "/echo"))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(echoed.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(echoed.body()).isEqualTo(body);

            try (HttpClient http11 = trustingClient(HttpClient.Version.HTTP_1_1)) { // ALPN still offers http/1.1
                assertThat(get(http11, "https://127.0.0.1:" + server.port() + "/ping")
                                .body())
                        .isEqualTo(PING.formatted("https", "1.1"));
            }
        }
    }

    @Test
    void curlGetsTheSameBodiesOverH2H2cUpgradeAndH2cPriorKnowledge() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is not installed");
        try (GriddleServer tlsServer = start(b -> b.tls(tls("key.pem", null)).http2(true));
                GriddleServer cleartext = start(b -> b.http2(true))) {
            String https = "https://127.0.0.1:" + tlsServer.port();
            String http = "http://127.0.0.1:" + cleartext.port();
            assertThat(curl("--http2", "-k", https + "/ping")).isEqualTo("2 " + PING.formatted("https", "2"));
            assertThat(curl("--http2-prior-knowledge", "-k", https + "/ping"))
                    .isEqualTo("2 " + PING.formatted("https", "2"));
            assertThat(curl("--http2", http + "/ping")).isEqualTo("2 " + PING.formatted("http", "2")); // Upgrade: h2c
            assertThat(curl("--http2-prior-knowledge", http + "/ping")).isEqualTo("2 " + PING.formatted("http", "2"));
            assertThat(curl("--http1.1", http + "/ping")).isEqualTo("1.1 " + PING.formatted("http", "1.1"));

            String body = "griddle ".repeat(1000);
            String[][] modes = {
                {"--http1.1", http},
                {"--http2", http},
                {"--http2-prior-knowledge", http},
                {"--http1.1", https},
                {"--http2", https},
                {"--http2-prior-knowledge", https}
            };
            for (String[] mode : modes) {
                String answer = curl(mode[0], "-k", "--data-binary", body, mode[1] + "/echo");
                assertThat(answer)
                        .as(String.join(" ", mode))
                        .isEqualTo((mode[0].equals("--http1.1") ? "1.1 " : "2 ") + body);
            }
        }
    }

    private static String curl(String... args) throws Exception {
        List<String> command =
                new ArrayList<>(List.of("/usr/bin/curl", "-s", "--max-time", "10", "-w", "\\n%{http_version}"));
        command.addAll(List.of(args));
        Process curl = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(curl.waitFor(20, TimeUnit.SECONDS)).isTrue();
        // -w prints after the body, on a line of its own: move the version to the front
        int split = output.lastIndexOf('\n');
        return output.substring(split + 1) + " " + output.substring(0, split);
    }

    @Test
    void caCertsVerifyTheClientCertificatesPresentedWithoutRequiringOne() throws Exception {
        ServerConfig.TlsFiles files =
                new ServerConfig.TlsFiles(resource("cert.pem"), resource("key.pem"), null, resource("ca.pem"));
        try (GriddleServer server = start(b -> b.tls(files))) {
            String url = "https://127.0.0.1:" + server.port() + "/ping";
            try (HttpClient signed = trustingClient(HttpClient.Version.HTTP_1_1, "client.p12")) {
                assertThat(get(signed, url).body()).isEqualTo(PING.formatted("https", "1.1"));
            }
            try (HttpClient anonymous = trustingClient(HttpClient.Version.HTTP_1_1)) {
                assertThat(get(anonymous, url).body()).isEqualTo(PING.formatted("https", "1.1"));
            }
            try (HttpClient rogue = trustingClient(HttpClient.Version.HTTP_1_1, "rogue.p12")) {
                assertThatThrownBy(() -> get(rogue, url)).isInstanceOf(java.io.IOException.class);
            }
        }
        // Without the CA, no certificate is asked for, and none is checked.
        try (GriddleServer server = start(b -> b.tls(tls("key.pem", null)));
                HttpClient rogue = trustingClient(HttpClient.Version.HTTP_1_1, "rogue.p12")) {
            assertThat(get(rogue, "https://127.0.0.1:" + server.port() + "/ping")
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void certReqsRequiredRefusesAClientWithoutACertificateSignedByTheCas() throws Exception {
        ServerConfig.TlsFiles files = new ServerConfig.TlsFiles(
                resource("cert.pem"), resource("key.pem"), null, resource("ca.pem"), ServerConfig.ClientCerts.REQUIRED);
        try (GriddleServer server = start(b -> b.tls(files).http2(true))) {
            String url = "https://127.0.0.1:" + server.port() + "/ping";
            for (HttpClient.Version version : List.of(HttpClient.Version.HTTP_1_1, HttpClient.Version.HTTP_2)) {
                try (HttpClient signed = trustingClient(version, "client.p12")) {
                    assertThat(get(signed, url).statusCode()).as(version.name()).isEqualTo(200);
                }
                try (HttpClient anonymous = trustingClient(version)) {
                    assertThatThrownBy(() -> get(anonymous, url))
                            .as(version.name())
                            .isInstanceOf(java.io.IOException.class);
                }
                try (HttpClient rogue = trustingClient(version, "rogue.p12")) {
                    assertThatThrownBy(() -> get(rogue, url))
                            .as(version.name())
                            .isInstanceOf(java.io.IOException.class);
                }
            }
        }
    }

    @Test
    void certReqsNoneAsksForNoCertificateEvenWithCas() throws Exception {
        ServerConfig.TlsFiles files = new ServerConfig.TlsFiles(
                resource("cert.pem"), resource("key.pem"), null, resource("ca.pem"), ServerConfig.ClientCerts.NONE);
        try (GriddleServer server = start(b -> b.tls(files));
                HttpClient rogue = trustingClient(HttpClient.Version.HTTP_1_1, "rogue.p12")) {
            // The rogue certificate would end the handshake if it were asked for (see the OPTIONAL test above).
            assertThat(get(rogue, "https://127.0.0.1:" + server.port() + "/ping")
                            .body())
                    .isEqualTo(PING.formatted("https", "1.1"));
        }
    }

    @Test
    void aKeyThatDoesNotLoadIsAStartupFailure() {
        assertThatThrownBy(() -> start(b -> b.tls(tls("key-encrypted.pem", "wrong"))))
                .isInstanceOf(GriddleServer.StartupFailure.class)
                .hasMessageContaining("TLS");
    }
}
