package io.griddle.examples.tutorial.events;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_events/test_tutorial001, as the specification. */
class Tutorial001Test {

    @Test
    void theStartupHookFilledTheItems() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            assertJson(client.get("/items/foo"), 200, """
                    {"name": "Fighters"}""");
        }
    }

    @Test
    void anUnknownItemIsAServerError() {
        // Python's KeyError in FastAPI's tutorial; here NoSuchElementException, answered with a 500.
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            var response = client.get("/items/baz");
            assertThat(response.status()).isEqualTo(500);
        }
    }

    @Test
    void openApiSchema() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Map<String, Object> document = Spec.openapi(client);
            assertThat(((Map<?, ?>) Spec.at(document, "paths"))
                            .keySet().stream().map(String::valueOf).toList())
                    .containsExactly("/items/{item_id}");
            Map<String, Object> operation = Spec.operation(document, "/items/{item_id}", "get");
            assertThat(operation.get("summary")).isEqualTo("Read Items");
            assertThat(operation.get("operationId")).isEqualTo("readItems_items__item_id__get");
            assertThat(operation.get("parameters")).isEqualTo(json("""
                    [{"required": true, "schema": {"title": "Item Id", "type": "string"},
                      "name": "item_id", "in": "path"}]"""));
            assertThat(Spec.at(operation, "responses")).isEqualTo(json("""
                    {"200": {"description": "Successful Response", "content": {"application/json": {"schema": {}}}},
                     "422": {"description": "Validation Error", "content": {"application/json": {"schema":
                        {"$ref": "#/components/schemas/HTTPValidationError"}}}}}"""));
            assertThat(((Map<?, ?>) Spec.at(document, "components", "schemas"))
                            .keySet().stream().map(String::valueOf).toList())
                    .containsExactlyInAnyOrder("HTTPValidationError", "ValidationError");
        }
    }
}
