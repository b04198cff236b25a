package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.files.StaticFiles;
import io.griddle.http.Request;
import io.griddle.test.TestClient;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotated routes are named after their Java method; named mounts; {@code request.urlFor} in a handler. */
class UrlForTest {

    @TempDir
    java.nio.file.Path staticDir;

    public static final class Items {
        @Get("/items/{id}")
        public Map<String, String> readItem(@Path String id) {
            return Map.of("id", id);
        }

        @Get("/links")
        public Map<String, String> links(Request request) {
            return Map.of(
                    "item", request.urlFor("readItem", Map.of("id", "a b")),
                    "css", request.urlFor("static", Map.of("path", "/styles.css")),
                    "v2", request.urlFor("v2:readItem", Map.of("id", 7)));
        }
    }

    public static final class Version2 {
        @Get("/items/{id}")
        public Map<String, String> readItem(@Path String id) {
            return Map.of("v2", id);
        }

        @Get("/links")
        public Map<String, String> links(Request request) {
            return Map.of("item", request.urlFor("readItem", Map.of("id", "x")), "base", request.baseUrl());
        }

        @WebSocketRoute("/ws")
        public java.util.concurrent.CompletionStage<Void> socket(io.griddle.websocket.WebSocket ws) {
            return ws.accept().thenCompose(v -> ws.sendText(ws.request().urlFor("readItem", Map.of("id", "y"))));
        }
    }

    private App app() throws Exception {
        Files.writeString(staticDir.resolve("styles.css"), "h1 { color: green; }");
        return App.create()
                .include("/api", new Items())
                .mount("/static", StaticFiles.directory(staticDir), "static")
                .mount("/v2", App.create().include(new Version2()), "v2");
    }

    @Test
    void aHandlerGetsTheUrlsOfRoutesByMethodNameAndOfMountsByTheirName() throws Exception {
        try (TestClient client = TestClient.of(app())) {
            Map<?, ?> links = (Map<?, ?>) client.get("/api/links").json();
            assertThat(links)
                    .isEqualTo(Map.of(
                            "item", "http://testserver/api/items/a%20b",
                            "css", "http://testserver/static/styles.css",
                            "v2", "http://testserver/v2/items/7"));
            // the URLs lead where they say
            assertThat(client.get("/api/items/a%20b").json()).isEqualTo(Map.of("id", "a b"));
            assertThat(client.get("/static/styles.css").text()).isEqualTo("h1 { color: green; }");
            assertThat(client.get("/v2/items/7").json()).isEqualTo(Map.of("v2", "7"));
        }
    }

    @Test
    void aMountedAppsHandlerNamesItsOwnRoutesUnderItsPrefix() throws Exception {
        try (TestClient client = TestClient.of(app())) {
            assertThat(client.get("/v2/links").json())
                    .isEqualTo(Map.of("item", "http://testserver/v2/items/x", "base", "http://testserver/v2/"));
        }
    }

    @Test
    void aWebSocketHandlerBuildsUrlsFromItsHandshake() throws Exception {
        try (TestClient client = TestClient.of(app());
                io.griddle.test.TestWebSocket ws = client.websocketConnect("/v2/ws", Map.of())) {
            assertThat(ws.receiveText()).isEqualTo("http://testserver/v2/items/y"); // the handshake request is HTTP
        }
    }

    @Test
    void pathForNamesAnnotatedRoutesAfterTheirMethod() throws Exception {
        App app = app();
        assertThat(app.pathFor("readItem", Map.of("id", "x"))).isEqualTo("/api/items/x");
        assertThat(app.pathFor("links", Map.of())).isEqualTo("/api/links");
        assertThat(app.pathFor("readItem", Map.of())).isNull();
        assertThat(app.pathFor("v2:links", Map.of())).isEqualTo("/v2/links");
        try (TestClient client = TestClient.of(App.create().include(new UrlForTest.Broken()))) {
            assertThat(client.get("/broken").status()).isEqualTo(500);
        }
    }

    public static final class Broken {
        @Get("/broken")
        public String broken(Request request) {
            return request.urlFor("nothing");
        }
    }
}
