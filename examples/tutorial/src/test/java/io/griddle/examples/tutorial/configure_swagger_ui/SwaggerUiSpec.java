package io.griddle.examples.tutorial.configure_swagger_ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.Test;

/** What FastAPI's configure_swagger_ui tests share: the defaults kept, and the app's route. */
abstract class SwaggerUiSpec {

    abstract App app();

    /** The Swagger UI page, with FastAPI's checks that the defaults are kept (but deepLinking, checked apart). */
    String swaggerUi(TestClient client) {
        TestResponse response = client.get("/docs");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text())
                .contains(
                        "\"dom_id\": \"#swagger-ui\"",
                        "presets: [",
                        "SwaggerUIBundle.presets.apis,",
                        "SwaggerUIBundle.SwaggerUIStandalonePreset",
                        "\"layout\": \"BaseLayout\",",
                        "\"showExtensions\": true,",
                        "\"showCommonExtensions\": true,");
        return response.text();
    }

    @Test
    void getUsers() {
        try (TestClient client = TestClient.of(app())) {
            Spec.assertJson(client.get("/users/foo"), 200, """
                    {"message": "Hello foo"}""");
        }
    }
}
