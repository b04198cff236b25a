package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DocsRoutesTest {

    private static final Pattern REFERENCE = Pattern.compile("(?:src|href|spec-url)=\"([^\"]*)\"");

    @SuppressWarnings("unused")
    static final class Ping {
        @Get("/ping")
        String ping() {
            return "pong";
        }
    }

    private static TestClient client(UnaryOperator<App> configure) {
        return TestClient.of(configure.apply(App.create().title("Burger shop").include(new Ping())));
    }

    private static List<String> references(String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static void assertServed(TestClient client, String path, String contentType) {
        TestResponse response = client.get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        assertThat(response.header("content-type")).as(path).isEqualTo(contentType);
        assertThat(response.header("cache-control")).as(path).isEqualTo("public, max-age=86400");
        assertThat(response.bytes()).as(path).isNotEmpty();
    }

    @Test
    void swaggerUiReferencesOnlyLocalFilesAndServesThem() {
        try (TestClient client = client(app -> app)) {
            TestResponse page = client.get("/docs");

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("content-type")).isEqualTo("text/html; charset=utf-8");
            assertThat(page.text())
                    .contains(
                            "<title>Burger shop - Swagger UI</title>",
                            "url: '/openapi.json'",
                            "oauth2RedirectUrl: window.location.origin + '/docs/oauth2-redirect'");
            assertThat(page.text()).doesNotContain("http://", "https://", "//cdn");
            assertThat(references(page.text()))
                    .containsExactly("/docs/swagger-ui.css", "/docs/favicon-32x32.png", "/docs/swagger-ui-bundle.js");
            assertServed(client, "/docs/swagger-ui.css", "text/css; charset=utf-8");
            assertServed(client, "/docs/favicon-32x32.png", "image/png");
            assertServed(client, "/docs/swagger-ui-bundle.js", "text/javascript; charset=utf-8");
            assertThat(client.get("/docs/swagger-ui-bundle.js").text()).contains("SwaggerUIBundle");
        }
    }

    @Test
    void oauth2RedirectPageAndItsScriptAreServed() {
        try (TestClient client = client(app -> app)) {
            assertServed(client, "/docs/oauth2-redirect", "text/html; charset=utf-8");
            assertThat(references(client.get("/docs/oauth2-redirect").text())).containsExactly("oauth2-redirect.js");
            assertServed(client, "/docs/oauth2-redirect.js", "text/javascript; charset=utf-8");
        }
    }

    @Test
    void redocReferencesOnlyLocalFilesAndServesThem() {
        try (TestClient client = client(app -> app)) {
            TestResponse page = client.get("/redoc");

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("content-type")).isEqualTo("text/html; charset=utf-8");
            assertThat(page.text()).contains("<title>Burger shop - ReDoc</title>");
            assertThat(page.text()).doesNotContain("http://", "https://");
            assertThat(references(page.text())).containsExactly("/openapi.json", "/redoc/redoc.standalone.js");
            assertServed(client, "/redoc/redoc.standalone.js", "text/javascript; charset=utf-8");
        }
    }

    @Test
    void onlyTheKnownFilesAreServed() {
        try (TestClient client = client(app -> app)) {
            for (String path : List.of(
                    "/docs/unknown.js",
                    "/docs/swagger-ui.js",
                    "/docs/index.html",
                    "/docs/../META-INF/MANIFEST.MF",
                    "/docs/..%2F..%2Fpom.xml",
                    "/docs/swagger-ui-bundle.js.map",
                    "/redoc/redoc.standalone.js.map",
                    "/redoc/../docs/swagger-ui.css")) {
                assertThat(client.get(path).status()).as(path).isEqualTo(404);
            }
        }
        // "/docs/" is "/docs" spelled with a slash: redirected there, as Starlette's redirect_slashes does.
        try (TestClient client = TestClient.builder(App.create().include(new Ping()))
                .followRedirects(false)
                .build()) {
            TestResponse redirect = client.get("/docs/");
            assertThat(redirect.status()).isEqualTo(307);
            assertThat(redirect.header("location")).isEqualTo("http://testserver/docs");
        }
    }

    @Test
    void disablingTheDocumentDisablesEveryDocsRoute() {
        try (TestClient client = client(app -> app.openapiUrl(null))) {
            for (String path : List.of(
                    "/openapi.json",
                    "/docs",
                    "/docs/swagger-ui.css",
                    "/docs/oauth2-redirect",
                    "/redoc",
                    "/redoc/redoc.standalone.js")) {
                assertThat(client.get(path).status()).as(path).isEqualTo(404);
            }
            assertThat(client.get("/ping").status()).isEqualTo(200);
        }
    }

    @Test
    void docsAndRedocCanBeDisabledAlone() {
        try (TestClient client = client(app -> app.docsUrl(null))) {
            assertThat(client.get("/docs").status()).isEqualTo(404);
            assertThat(client.get("/docs/swagger-ui-bundle.js").status()).isEqualTo(404);
            assertThat(client.get("/redoc").status()).isEqualTo(200);
            assertThat(client.get("/openapi.json").status()).isEqualTo(200);
        }
        try (TestClient client = client(app -> app.redocUrl(null))) {
            assertThat(client.get("/redoc").status()).isEqualTo(404);
            assertThat(client.get("/redoc/redoc.standalone.js").status()).isEqualTo(404);
            assertThat(client.get("/docs").status()).isEqualTo(200);
        }
    }

    @Test
    void urlsCanBeMoved() {
        try (TestClient client = client(
                app -> app.openapiUrl("/api/openapi.json").docsUrl("/api/docs").redocUrl("/api/redoc"))) {
            assertThat(client.get("/openapi.json").status()).isEqualTo(404);
            assertThat(client.get("/api/openapi.json").status()).isEqualTo(200);
            TestResponse docs = client.get("/api/docs");
            assertThat(docs.text()).contains("url: '/api/openapi.json'", "'/api/docs/oauth2-redirect'");
            for (String reference : references(docs.text())) {
                assertThat(client.get(reference).status()).as(reference).isEqualTo(200);
            }
            assertThat(client.get("/api/docs/oauth2-redirect").status()).isEqualTo(200);
            for (String reference : references(client.get("/api/redoc").text())) {
                assertThat(client.get(reference).status()).as(reference).isEqualTo(200);
            }
        }
    }

    @Test
    void docsRoutesAreNotInTheDocument() {
        try (TestClient client = client(app -> app)) {
            assertThat(client.get("/openapi.json").text())
                    .contains("\"/ping\"")
                    .doesNotContain("/docs", "/redoc", "openapi.json");
        }
    }

    @Test
    void urlsAreFixedOnceServing() {
        App app = App.create();
        try (TestClient client = TestClient.of(app)) {
            client.get("/openapi.json");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.docsUrl("/other"))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
