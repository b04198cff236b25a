package io.griddle.examples.tutorial.path_params_numeric_validations;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_path_params_numeric_validations/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    private Object parameters() {
        return Spec.operation(Spec.openapi(client), "/items/{item_id}", "get").get("parameters");
    }

    @Test
    void notAnInteger() {
        assertJson(client.get("/items/invalid_id?q=somequery"), 422, """
                {"detail": [{"type": "int_parsing", "loc": ["path", "item_id"],
                             "msg": "Input should be a valid integer, unable to parse string as an integer",
                             "input": "invalid_id"}]}""");
    }

    @Test
    void readItems() {
        assertJson(client.get("/items/42"), 200, """
                {"item_id": 42}""");
        assertJson(client.get("/items/123?item-query=somequery"), 200, """
                {"item_id": 123, "q": "somequery"}""");
    }

    @Test
    void openApi() {
        assertThat(parameters()).isEqualTo(json("""
                [{"name": "item_id", "in": "path", "required": true,
                  "schema": {"type": "integer", "title": "The ID of the item to get"}},
                 {"name": "item-query", "in": "query", "required": false,
                  "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Item-Query"}}]"""));
    }
}
