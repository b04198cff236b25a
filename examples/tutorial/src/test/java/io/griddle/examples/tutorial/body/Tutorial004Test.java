package io.griddle.examples.tutorial.body;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_body/test_tutorial004, as the specification. */
class Tutorial004Test {

    private final TestClient client = TestClient.of(Tutorial004.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void everythingWithAQuery() {
        var response = client.request("PUT", "/items/123")
                .query("q", "somequery")
                .json(Map.of("name", "Foo", "price", 50.1, "description", "Some Foo", "tax", 0.3))
                .send();
        assertJson(response, 200, """
                {"item_id": 123, "name": "Foo", "price": 50.1, "description": "Some Foo", "tax": 0.3, "q": "somequery"}""");
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
    void openApiHasPathQueryAndBody() {
        var operation = Spec.operation(Spec.openapi(client), "/items/{item_id}", "put");
        assertThat(operation.get("parameters")).isEqualTo(json("""
                [{"name": "item_id", "in": "path", "required": true, "schema": {"type": "integer", "title": "Item Id"}},
                 {"name": "q", "in": "query", "required": false,
                  "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Q"}}]"""));
        assertThat(Spec.requestSchema(operation)).isEqualTo(json("""
                {"$ref": "#/components/schemas/Item"}"""));
    }
}
