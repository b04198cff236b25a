package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.routing.Endpoint;
import io.griddle.server.http1.TrustedProxies;
import io.griddle.web.WebApp;
import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Forwarding headers are believed only from trusted proxies; the root path is known to the app. */
class ProxyHeadersTest {

    // Answers what the application sees of the request's origin.
    private static final WebApp APP = new WebApp().get("/whoami", Endpoint.async(request -> {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("client", request.client() == null ? null : request.client().getHostString());
        seen.put("scheme", request.scope().scheme());
        seen.put("host", request.header("host"));
        seen.put("path", request.path());
        seen.put("root", request.scope().rootPath());
        return CompletableFuture.completedFuture(seen);
    }));

    private static String whoami(UnaryOperator<ServerConfig.Builder> settings, String target, String headers)
            throws Exception {
        try (GriddleServer server = GriddleServer.start(
                APP,
                settings.apply(ServerConfig.builder()
                                .port(0)
                                .loops(1)
                                .accessLog(false)
                                .gracefulShutdown(Duration.ofSeconds(1)))
                        .build())) {
            String answer = RawClient.exchange(
                    server.port(),
                    "GET " + target + " HTTP/1.1\r\nHost: internal:8000\r\n" + headers + "Connection: close\r\n\r\n");
            return answer.substring(answer.indexOf("\r\n\r\n") + 4);
        }
    }

    @Test
    void xForwardedHeadersFromATrustedProxyAreApplied() throws Exception {
        assertThat(whoami(
                        b -> b,
                        "/whoami",
                        "X-Forwarded-For: 203.0.113.7, 127.0.0.1\r\nX-Forwarded-Proto: https\r\n"
                                + "X-Forwarded-Host: shop.example\r\n"))
                .isEqualTo(
                        "{\"client\":\"203.0.113.7\",\"scheme\":\"https\",\"host\":\"shop.example\",\"path\":\"/whoami\",\"root\":\"\"}");
    }

    @Test
    void theClientIsTheRightMostAddressNoTrustedProxyVouchedFor() throws Exception {
        // 198.51.100.9 may be a lie told by 203.0.113.7; only the right-most untrusted hop is known.
        assertThat(whoami(
                        b -> b.forwardedAllowIps("127.0.0.1, 10.0.0.0/8"),
                        "/whoami",
                        "X-Forwarded-For: 198.51.100.9, 203.0.113.7, 10.1.2.3\r\n"))
                .startsWith("{\"client\":\"203.0.113.7\"");
    }

    @Test
    void rfc7239ForwardedIsUnderstood() throws Exception {
        assertThat(whoami(b -> b, "/whoami", "Forwarded: for=\"[2001:db8::1]:4711\";proto=https;host=shop.example\r\n"))
                .isEqualTo(
                        "{\"client\":\"2001:db8::1\",\"scheme\":\"https\",\"host\":\"shop.example\",\"path\":\"/whoami\",\"root\":\"\"}");
    }

    @Test
    void headersFromAnUntrustedPeerAreIgnored() throws Exception {
        assertThat(whoami(
                        b -> b.forwardedAllowIps("10.0.0.1"),
                        "/whoami",
                        "X-Forwarded-For: 203.0.113.7\r\n" + "X-Forwarded-Proto: https\r\n"))
                .isEqualTo(
                        "{\"client\":\"127.0.0.1\",\"scheme\":\"http\",\"host\":\"internal:8000\",\"path\":\"/whoami\",\"root\":\"\"}");
        assertThat(whoami(b -> b.proxyHeaders(false), "/whoami", "X-Forwarded-For: 203.0.113.7\r\n"))
                .startsWith("{\"client\":\"127.0.0.1\"");
    }

    @Test
    void theRootPathIsKnownAndStrippedWhenTheProxyKeptIt() throws Exception {
        assertThat(whoami(b -> b.rootPath("/api"), "/whoami", "")).endsWith("\"path\":\"/whoami\",\"root\":\"/api\"}");
        assertThat(whoami(b -> b.rootPath("/api"), "/api/whoami", ""))
                .endsWith("\"path\":\"/whoami\",\"root\":\"/api\"}");
    }

    @Test
    void trustedProxiesTakeIpsCidrsAndStar() throws Exception {
        TrustedProxies proxies = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8, fd00::/8");
        assertThat(proxies.trusts(InetAddress.getByName("10.200.3.4"))).isTrue();
        assertThat(proxies.trusts(InetAddress.getByName("11.0.0.1"))).isFalse();
        assertThat(proxies.trusts(InetAddress.getByName("fd12::1"))).isTrue();
        assertThat(proxies.trusts(InetAddress.getByName("127.0.0.2"))).isFalse();
        assertThat(TrustedProxies.parse("*").trusts(InetAddress.getByName("8.8.8.8")))
                .isTrue();
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.example")).hasMessageContaining("proxy.example");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
    }
}
