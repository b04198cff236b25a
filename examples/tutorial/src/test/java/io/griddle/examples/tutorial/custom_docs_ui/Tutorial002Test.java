package io.griddle.examples.tutorial.custom_docs_ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_custom_docs_ui/test_tutorial002, as the specification. */
class Tutorial002Test {

    @Test
    void swaggerUiHtml() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            TestResponse response = client.get("/docs");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).contains("/static/swagger-ui-bundle.js", "/static/swagger-ui.css");
        }
    }

    @Test
    void swaggerUiOauth2RedirectHtml() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            TestResponse response = client.get("/docs/oauth2-redirect");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).contains("window.opener.swaggerUIRedirectOauth2");
        }
    }

    @Test
    void redocHtml() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            TestResponse response = client.get("/redoc");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).contains("/static/redoc.standalone.js");
        }
    }

    @Test
    void api() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            Spec.assertJson(client.get("/users/john"), 200, """
                    {"message": "Hello john"}""");
        }
    }

    @Test
    void theSelfHostedFilesAreServed() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            TestResponse bundle = client.get("/static/swagger-ui-bundle.js");
            assertThat(bundle.status()).isEqualTo(200);
            assertThat(bundle.header("content-type")).isEqualTo("text/javascript; charset=utf-8");
            assertThat(bundle.text()).contains("SwaggerUIBundle");
            assertThat(client.get("/static/swagger-ui.css").status()).isEqualTo(200);
            assertThat(client.get("/static/redoc.standalone.js").status()).isEqualTo(200);
            assertThat(client.get("/static/other.js").status()).isEqualTo(404);
        }
    }
}
