package io.griddle.examples.tutorial.custom_docs_ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_custom_docs_ui/test_tutorial001, as the specification. */
class Tutorial001Test {

    @Test
    void swaggerUiHtml() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            TestResponse response = client.get("/docs");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text())
                    .contains(
                            "https://unpkg.com/swagger-ui-dist@5/swagger-ui-bundle.js",
                            "https://unpkg.com/swagger-ui-dist@5/swagger-ui.css",
                            "<title>Griddle - Swagger UI</title>");
        }
    }

    @Test
    void swaggerUiOauth2RedirectHtml() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            TestResponse response = client.get("/docs/oauth2-redirect");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).contains("window.opener.swaggerUIRedirectOauth2");
        }
    }

    @Test
    void redocHtml() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            TestResponse response = client.get("/redoc");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).contains("https://unpkg.com/redoc@2/bundles/redoc.standalone.js");
        }
    }

    @Test
    void api() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Spec.assertJson(client.get("/users/john"), 200, """
                    {"message": "Hello john"}""");
        }
    }

    @Test
    void theDocsRoutesAreNotDocumented() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            assertThat(Spec.keys(Spec.openapi(client), "paths")).containsExactly("/users/{username}");
        }
    }
}
