package io.griddle.examples.tutorial.path_params;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_path_params/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void thePathSegmentIsText() {
        assertJson(client.get("/items/1"), 200, """
                {"item_id": "1"}""");
        assertJson(client.get("/items/alice"), 200, """
                {"item_id": "alice"}""");
    }

    @Test
    void openApiDocumentsTheParameter() {
        Map<String, Object> operation = Spec.operation(Spec.openapi(client), "/items/{item_id}", "get");
        assertThat(operation.get("summary")).isEqualTo("Read Item");
        // FastAPI leaves an unannotated parameter untyped ({"title": "Item Id"}); a Java parameter has a type.
        assertThat(Spec.parameter(operation, "item_id")).isEqualTo(json("""
                {"name": "item_id", "in": "path", "required": true, "schema": {"type": "string", "title": "Item Id"}}"""));
        assertThat(Spec.at(operation, "responses", "422", "content", "application/json", "schema"))
                .isEqualTo(json("""
                        {"$ref": "#/components/schemas/HTTPValidationError"}"""));
    }
}
