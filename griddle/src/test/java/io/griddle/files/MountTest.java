package io.griddle.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.gateway.Gateway;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.HttpScope;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import io.griddle.web.WebApp;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** WebApp.mount: the scope a mounted app sees, precedence, the bare prefix, lifespan forwarding. */
class MountTest {

    private static Endpoint where() {
        return Endpoint.blocking(request -> Map.of(
                "path", request.path(),
                "rawPath", request.scope().rawPath(),
                "rootPath", request.scope().rootPath()));
    }

    @Test
    void theMountedAppSeesThePrefixMovedIntoTheRootPath() {
        WebApp inner = new WebApp().get("/items/{id}", where());
        WebApp outer = new WebApp().mount("/v1", inner);
        try (TestClient client = TestClient.builder(outer).rootPath("/api").build()) {
            TestResponse response = client.get("/v1/items/a%20b");
            assertThat(response.json())
                    .isEqualTo(Map.of("path", "/items/a b", "rawPath", "/items/a%20b", "rootPath", "/api/v1"));
            assertThat(client.get("/v1/nothing").status()).isEqualTo(404);
        }
    }

    @Test
    void nestedMountsAddUpAndTheLongestPrefixWins() {
        WebApp deepest = new WebApp().get("/x", where());
        WebApp middle = new WebApp().mount("/b", deepest).get("/x", where());
        WebApp outer = new WebApp().mount("/a", middle).mount("/a/special", new WebApp().get("/x", where()));
        try (TestClient client = TestClient.of(outer)) {
            assertThat(client.get("/a/b/x").json())
                    .isEqualTo(Map.of("path", "/x", "rawPath", "/x", "rootPath", "/a/b"));
            assertThat(client.get("/a/x").json()).isEqualTo(Map.of("path", "/x", "rawPath", "/x", "rootPath", "/a"));
            assertThat(client.get("/a/special/x").json())
                    .isEqualTo(Map.of("path", "/x", "rawPath", "/x", "rootPath", "/a/special"));
        }
    }

    @Test
    void aRouteOfTheParentWinsOverAMountAtTheRoot() {
        WebApp app = new WebApp()
                .get("/api/ping", Endpoint.blocking(request -> Map.of("pong", true)))
                .mount("/", new WebApp().get("/{rest:path}", where()));
        try (TestClient client = TestClient.of(app)) {
            assertThat(client.get("/api/ping").json()).isEqualTo(Map.of("pong", true));
            assertThat(client.get("/index.html").json())
                    .isEqualTo(Map.of("path", "/index.html", "rawPath", "/index.html", "rootPath", ""));
        }
    }

    @Test
    void theParentsGatewayMiddlewareWrapsItsMounts() {
        WebApp app = new WebApp()
                .wrap(io.griddle.middleware.Cors.builder()
                        .allowOrigins("https://shop.example")
                        .build())
                .mount("/v1", new WebApp().get("/items/{id}", where()));
        try (TestClient client = TestClient.of(app)) {
            TestResponse response = client.request("GET", "/v1/items/7")
                    .header("origin", "https://shop.example")
                    .send();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("access-control-allow-origin")).isEqualTo("https://shop.example");
        }
    }

    @Test
    void theBarePrefixRedirectsToItsSlash() {
        WebApp app = new WebApp().mount("/static", new WebApp().get("/", where()));
        try (TestClient client = TestClient.builder(app).followRedirects(false).build()) {
            TestResponse redirect = client.get("/static");
            assertThat(redirect.status()).isEqualTo(307);
            assertThat(redirect.header("location")).isEqualTo("http://testserver/static/");
        }
        try (TestClient client = TestClient.of(app)) {
            assertThat(client.get("/static").json())
                    .isEqualTo(Map.of("path", "/", "rawPath", "/", "rootPath", "/static"));
        }
    }

    @Test
    void anyGatewayCanBeMounted() {
        Gateway raw = (scope, receive, send) -> {
            HttpScope http = (HttpScope) scope;
            byte[] body = (http.rootPath() + "|" + http.path()).getBytes(StandardCharsets.UTF_8);
            return send.send(new HttpMessage.ResponseStart(200, Headers.of("content-type", "text/plain")))
                    .thenCompose(v -> send.send(HttpMessage.ResponseBody.last(ByteBuffer.wrap(body))));
        };
        try (TestClient client = TestClient.of(new WebApp().mount("/raw", raw))) {
            assertThat(client.get("/raw/deep/path").text()).isEqualTo("/raw|/deep/path");
        }
    }

    @Test
    void mountedAppsRunTheirLifespanHooksWithTheParents() {
        List<String> events = new CopyOnWriteArrayList<>();
        WebApp inner = new WebApp()
                .onStartup(state -> events.add("inner up"))
                .onShutdown(state -> events.add("inner down"))
                .get("/", Endpoint.blocking(request -> Response.text("inner")));
        WebApp outer = new WebApp()
                .onStartup(state -> events.add("outer up"))
                .mount("/inner", inner)
                .onShutdown(state -> events.add("outer down"));
        try (TestClient client = TestClient.of(outer)) {
            assertThat(events).containsExactly("outer up", "inner up");
            assertThat(client.get("/inner/").text()).isEqualTo("inner");
        }
        assertThat(events).containsExactly("outer up", "inner up", "inner down", "outer down");
        events.clear();
        try (TestClient again = TestClient.of(outer)) { // a second host starts it afresh
            assertThat(events).containsExactly("outer up", "inner up");
            assertThat(again.get("/inner/").text()).isEqualTo("inner");
        }
    }
}
