package io.griddle.examples.tutorial.response_model;

import static io.griddle.examples.tutorial.support.Json.at;
import static io.griddle.examples.tutorial.support.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.support.Json;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** FastAPI's tests/test_tutorial/test_response_model/test_tutorial003_03. */
class Tutorial003_03Test {

    @Test
    void getTeleportRedirects() {
        try (TestClient client =
                TestClient.builder(Tutorial003_03.app()).followRedirects(false).build()) {
            var response = client.get("/teleport");
            assertThat(response.status()).isEqualTo(307);
            assertThat(response.header("location")).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial003_03.app())) {
            JsonNode document = Json.of(client.get("/openapi.json"));
            // No parameters, so no 422 and no components.
            assertThat(at(document, "paths")).isEqualTo(tree("""
                    {"/teleport":{"get":{"summary":"Get Teleport","operationId":"getTeleport_teleport_get",
                      "responses":{"200":{"description":"Successful Response",
                                          "content":{"application/json":{"schema":{}}}}}}}}"""));
            assertThat(document.has("components")).isFalse();
        }
    }
}
