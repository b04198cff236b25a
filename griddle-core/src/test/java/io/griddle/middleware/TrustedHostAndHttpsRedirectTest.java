package io.griddle.middleware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.gateway.Message;
import io.griddle.gateway.WebSocketMessage;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Starlette's TrustedHost (400 "Invalid host header", www redirect) and HTTPSRedirect (307, ports, ws). */
class TrustedHostAndHttpsRedirectTest {

    private static WebApp app() {
        return new WebApp().get("/", Endpoint.async(r -> CompletableFuture.completedFuture(Response.text("OK"))));
    }

    @Test
    void onlyAllowedHostsAndTheirWildcardSubdomainsAreServed() throws Exception {
        TrustedHost trusted =
                TrustedHost.builder().allowedHosts("testserver", "*.testserver").build();
        try (Driver client = new Driver(app().wrap(trusted))) {
            assertThat(client.get("/", "host", "testserver").status()).isEqualTo(200);
            assertThat(client.get("/", "host", "testserver:8000").status()).isEqualTo(200);
            assertThat(client.get("/", "host", "subdomain.testserver").status()).isEqualTo(200);
            Driver.Answer refused = client.get("/", "host", "invalidhost");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text()).isEqualTo("Invalid host header");
            assertThat(client.get("/").status()).isEqualTo(400); // no Host at all

            List<Message> ws = client.websocket("ws", "/", "host", "invalidhost");
            assertThat(ws).containsExactly(new WebSocketMessage.Close(1008, "Invalid host header"));
        }
    }

    @Test
    void lookAlikeHostsAreRefused() throws Exception {
        TrustedHost trusted = TrustedHost.builder()
                .allowedHosts("shop.example", "*.shop.example")
                .build();
        try (Driver client = new Driver(app().wrap(trusted))) {
            for (String host : List.of(
                    "evilshop.example",
                    "shop.example.evil.com",
                    "evil.com.",
                    "shop.example@evil.com",
                    "xshop.example:80",
                    "evil.com:443#.shop.example")) {
                Driver.Answer refused = client.get("/", "host", host);
                assertThat(refused.status()).as(host).isEqualTo(400);
                assertThat(refused.text()).as(host).isEqualTo("Invalid host header"); // nothing of it echoed
            }
            assertThat(client.get("/", "host", "api.shop.example").status()).isEqualTo(200);
        }
    }

    @Test
    void anyHostByDefault() throws Exception {
        try (Driver client = new Driver(app().wrap(TrustedHost.builder().build()))) {
            assertThat(client.get("/", "host", "anything.example").status()).isEqualTo(200);
        }
    }

    @Test
    void theBareDomainOfAnAllowedWwwHostIsRedirected() throws Exception {
        try (Driver client = new Driver(
                app().wrap(TrustedHost.builder().allowedHosts("www.example.com").build()))) {
            Driver.Answer answer = client.send("GET", "https", "/path?q=1", "host", "example.com");
            assertThat(answer.status()).isEqualTo(307);
            assertThat(answer.header("location")).isEqualTo("https://www.example.com/path?q=1");
        }
        try (Driver client = new Driver(app().wrap(TrustedHost.builder()
                .allowedHosts("www.example.com")
                .wwwRedirect(false)
                .build()))) {
            assertThat(client.get("/", "host", "example.com").status()).isEqualTo(400);
        }
    }

    @Test
    void wildcardsAreCheckedAtStartup() {
        assertThatThrownBy(() -> TrustedHost.builder().allowedHosts("*example.com"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedHost.builder().allowedHosts("a.*.com"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plainHttpIsRedirectedToHttpsDroppingDefaultPorts() throws Exception {
        try (Driver client = new Driver(app().wrap(HttpsRedirect.temporary()))) {
            Driver.Answer answer = client.get("/items?a=1", "host", "testserver");
            assertThat(answer.status()).isEqualTo(307);
            assertThat(answer.header("location")).isEqualTo("https://testserver/items?a=1");
            assertThat(client.get("/", "host", "testserver:80").header("location"))
                    .isEqualTo("https://testserver/");
            assertThat(client.get("/", "host", "testserver:443").header("location"))
                    .isEqualTo("https://testserver/");
            assertThat(client.get("/", "host", "testserver:123").header("location"))
                    .isEqualTo("https://testserver:123/");
            Driver.Answer secure = client.send("GET", "https", "/", "host", "testserver");
            assertThat(secure.status()).isEqualTo(200);
            assertThat(secure.text()).isEqualTo("OK");

            List<Message> ws = client.websocket("ws", "/", "host", "testserver");
            assertThat(ws).containsExactly(new WebSocketMessage.Close(1008, "use wss://testserver/"));
        }
        try (Driver client = new Driver(app().wrap(HttpsRedirect.permanent()))) {
            assertThat(client.get("/", "host", "testserver").status()).isEqualTo(308);
        }
    }
}
