package io.griddle.server.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.gateway.WebSocketMessage;
import io.griddle.gateway.WebSocketScope;
import io.griddle.server.GriddleServer;
import io.griddle.server.ServerConfig;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * WebSockets on every HTTP/1.1 pipeline the server sets up (TLS, cleartext with h2c upgrades offered), and with
 * another client than the tests' own: the JDK's {@code java.net.http.WebSocket}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WebSocketTransportsTest {

    @RegisterExtension
    final LeakReports leaks = new LeakReports();

    private final ContractApp app = new ContractApp();

    private GriddleServer start(UnaryOperator<ServerConfig.Builder> settings) {
        return GriddleServer.start(
                app,
                settings.apply(ServerConfig.builder()
                                .port(0)
                                .loops(1)
                                .accessLog(false)
                                .gracefulShutdown(Duration.ofSeconds(1)))
                        .build());
    }

    private static Path resource(String name) throws Exception {
        return Path.of(WebSocketTransportsTest.class.getResource("/tls/" + name).toURI());
    }

    /** Collects the text it receives and completes once the server closes. */
    private static final class Listener implements WebSocket.Listener {
        final CompletableFuture<String> text = new CompletableFuture<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder parts = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            parts.append(data);
            if (last) {
                text.complete(parts.toString());
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
            closed.complete(code);
            return null;
        }
    }

    // The JDK client: echo one text, then close with 1000, which the app must hear.
    private void echoWithJdkClient(HttpClient client, String url) throws Exception {
        Listener listener = new Listener();
        WebSocket socket = client.newWebSocketBuilder()
                .subprotocols("chat")
                .buildAsync(URI.create(url), listener)
                .get(10, TimeUnit.SECONDS);
        assertThat(socket.getSubprotocol()).isEqualTo("chat");
        socket.sendText("über", true).get(5, TimeUnit.SECONDS);
        assertThat(listener.text.get(5, TimeUnit.SECONDS)).isEqualTo("über");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        assertThat(listener.closed.get(5, TimeUnit.SECONDS)).isEqualTo(1000);
        assertThat(app.received.poll(5, TimeUnit.SECONDS)).isInstanceOf(WebSocketMessage.Connect.class);
        assertThat(app.received.poll(5, TimeUnit.SECONDS)).isEqualTo(new WebSocketMessage.Text("über"));
        assertThat(app.received.poll(5, TimeUnit.SECONDS)).isEqualTo(new WebSocketMessage.Disconnect(1000, "done"));
    }

    @Test
    void theJdkClientTalksToTheServer() throws Exception {
        try (GriddleServer server = start(b -> b)) {
            echoWithJdkClient(HttpClient.newHttpClient(), "ws://127.0.0.1:" + server.port() + "/echo");
            assertThat(((WebSocketScope) app.scopes.poll()).scheme()).isEqualTo("ws");
        }
    }

    @Test
    void overTlsTheSchemeIsWss() throws Exception {
        ServerConfig.TlsFiles files = tls();
        try (GriddleServer server = start(b -> b.tls(files))) {
            HttpClient client = HttpClient.newBuilder().sslContext(trusting()).build();
            echoWithJdkClient(client, "wss://localhost:" + server.port() + "/echo");
            assertThat(((WebSocketScope) app.scopes.poll()).scheme()).isEqualTo("wss");
        }
    }

    @Test
    void withHttp2OfferedOnCleartextAnUpgradeToWebSocketStillWorks() throws Exception {
        try (GriddleServer server = start(b -> b.http2(true));
                WsWire ws = WsWire.open(server.port(), "/echo")) {
            assertThat(ws.status).isEqualTo(101);
            ws.text("through the h2c-capable pipeline");
            assertThat(ws.read().text()).isEqualTo("through the h2c-capable pipeline");
        }
    }

    private static ServerConfig.TlsFiles tls() throws Exception {
        return new ServerConfig.TlsFiles(resource("cert.pem"), resource("key.pem"), null, null);
    }

    private static SSLContext trusting() throws Exception {
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
