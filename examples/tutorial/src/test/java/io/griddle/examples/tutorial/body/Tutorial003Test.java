package io.griddle.examples.tutorial.body;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_body/test_tutorial003, as the specification. */
class Tutorial003Test {

    private final TestClient client = TestClient.of(Tutorial003.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void everyField() {
        assertJson(
                client.put("/items/123", Map.of("name", "Foo", "price", 50.1, "description", "Some Foo", "tax", 0.3)),
                200,
                """
                {"item_id": 123, "name": "Foo", "price": 50.1, "description": "Some Foo", "tax": 0.3}""");
    }

    @Test
    void onlyTheRequiredFields() {
        assertJson(client.put("/items/123", Map.of("name", "Foo", "price", 50.1)), 200, """
                {"item_id": 123, "name": "Foo", "price": 50.1, "description": null, "tax": null}""");
    }

    @Test
    void anEmptyObjectMissesBothRequiredFields() {
        assertJson(client.put("/items/123", Map.of()), 422, """
                {"detail": [{"type": "missing", "loc": ["body", "name"], "msg": "Field required", "input": {}},
                            {"type": "missing", "loc": ["body", "price"], "msg": "Field required", "input": {}}]}""");
    }

    @Test
    void openApiHasThePathParameterAndTheBody() {
        var operation = Spec.operation(Spec.openapi(client), "/items/{item_id}", "put");
        assertThat(operation.get("summary")).isEqualTo("Update Item");
        assertThat(operation.get("parameters")).isEqualTo(json("""
                [{"name": "item_id", "in": "path", "required": true, "schema": {"type": "integer", "title": "Item Id"}}]"""));
        assertThat(operation.get("requestBody")).isEqualTo(json("""
                {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}, "required": true}"""));
    }
}
