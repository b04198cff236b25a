package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.server.GriddleServer;
import io.griddle.server.ServerConfig;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The docs behind a root path and in a mounted App: the pages load the document and their files under the root
 * path, and the document lists it in {@code servers}, as FastAPI's behind_a_proxy and sub_applications chapters.
 */
class RootPathDocsTest {

    private static final Pattern REFERENCE = Pattern.compile("(?:src|href|spec-url)=\"([^\"]*)\"");

    @SuppressWarnings("unused")
    static final class Ping {
        @Get("/ping")
        String ping() {
            return "pong";
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(TestResponse response) {
        return (Map<String, Object>) response.json(Map.class);
    }

    private static List<String> references(String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void underARootPathThePagesAndTheDocumentUseIt() {
        try (TestClient client = TestClient.builder(App.create().include(new Ping()))
                .rootPath("/api")
                .build()) {
            String swagger = client.get("/docs").text();
            assertThat(swagger)
                    .contains("url: '/api/openapi.json'", "window.location.origin + '/api/docs/oauth2-redirect'");
            assertThat(references(swagger))
                    .containsExactly(
                            "/api/docs/swagger-ui.css",
                            "/api/docs/favicon-32x32.png",
                            "/api/docs/swagger-ui-bundle.js");
            assertThat(references(client.get("/redoc").text()))
                    .containsExactly("/api/openapi.json", "/api/redoc/redoc.standalone.js");
            TestResponse document = client.get("/openapi.json");
            assertThat(json(document).get("servers")).isEqualTo(List.of(Map.of("url", "/api")));
            // the files the page names are served under the prefix the proxy strips
            assertThat(client.get("/docs/swagger-ui.css").status()).isEqualTo(200);
        }
        try (TestClient client = TestClient.of(App.create().include(new Ping()))) {
            assertThat(client.get("/docs").text()).contains("url: '/openapi.json'");
            assertThat(json(client.get("/openapi.json"))).doesNotContainKey("servers");
        }
    }

    @Test
    void theServersRootPathLeadsTheConfiguredOnesUnlessTurnedOff() {
        Server staging = new Server("https://stag.example.com", "Staging environment");
        try (TestClient client = TestClient.of(
                App.create().include(new Ping()).rootPath("/api/v1").servers(staging))) {
            assertThat(json(client.get("/openapi.json")).get("servers"))
                    .isEqualTo(List.of(
                            Map.of("url", "/api/v1"),
                            Map.of("url", "https://stag.example.com", "description", "Staging environment")));
            assertThat(client.get("/ping").text()).isEqualTo("\"pong\"");
            assertThat(client.get("/api/v1/ping").text()).isEqualTo("\"pong\""); // a proxy that does not strip
        }
        try (TestClient client = TestClient.of(App.create()
                .include(new Ping())
                .rootPath("/api/v1")
                .servers(staging)
                .rootPathInServers(false))) {
            assertThat(json(client.get("/openapi.json")).get("servers"))
                    .isEqualTo(
                            List.of(Map.of("url", "https://stag.example.com", "description", "Staging environment")));
        }
    }

    @Test
    void aMountedAppServesItsOwnDocsUnderItsPrefix() {
        App sub = App.create().title("Sub").include(new Ping());
        App main = App.create().title("Main").mount("/v1", sub);
        try (TestClient client = TestClient.of(main)) {
            Map<String, Object> document = json(client.get("/v1/openapi.json"));
            assertThat(((Map<?, ?>) document.get("info")).get("title")).isEqualTo("Sub");
            assertThat(document.get("servers")).isEqualTo(List.of(Map.of("url", "/v1")));
            assertThat(((Map<?, ?>) document.get("paths"))
                            .keySet().stream().map(String::valueOf).toList())
                    .containsExactly("/ping");
            assertThat(client.get("/v1/docs").text()).contains("url: '/v1/openapi.json'", "/v1/docs/swagger-ui.css");
            assertThat(client.get("/v1/docs/swagger-ui.css").status()).isEqualTo(200);
            assertThat(client.get("/v1/ping").text()).isEqualTo("\"pong\"");
            Map<String, Object> mainDocument = json(client.get("/openapi.json"));
            assertThat(((Map<?, ?>) mainDocument.get("paths"))).isEmpty();
            assertThat(mainDocument).doesNotContainKey("servers");
        }
    }

    @Test
    void theServersRootPathFlagReachesTheDocsOverASocket() throws Exception {
        try (GriddleServer server = GriddleServer.start(
                        App.create().include(new Ping()),
                        ServerConfig.builder()
                                .port(0)
                                .loops(1)
                                .accessLog(false)
                                .rootPath("/api")
                                .gracefulShutdown(Duration.ofSeconds(1))
                                .build());
                HttpClient http = HttpClient.newHttpClient()) {
            String base = "http://127.0.0.1:" + server.port();
            // a proxy that strips /api, and one that does not: the same answers
            for (String docs : List.of(base + "/docs", base + "/api/docs")) {
                String page = http.send(
                                HttpRequest.newBuilder(URI.create(docs)).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
                assertThat(page).contains("url: '/api/openapi.json'", "href=\"/api/docs/swagger-ui.css\"");
            }
            String document = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/openapi.json"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(document).contains("\"servers\":[{\"url\":\"/api\"}]");
        }
    }
}
