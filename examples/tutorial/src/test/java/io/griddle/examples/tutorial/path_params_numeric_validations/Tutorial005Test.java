package io.griddle.examples.tutorial.path_params_numeric_validations;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_path_params_numeric_validations/test_tutorial005, as the specification. */
class Tutorial005Test {

    private final TestClient client = TestClient.of(Tutorial005.app());

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
    void qIsRequired() {
        assertJson(client.get("/items/42"), 422, """
                {"detail": [{"type": "missing", "loc": ["query", "q"], "msg": "Field required", "input": null}]}""");
    }

    @Test
    void readItems() {
        assertJson(client.get("/items/1?q="), 200, """
                {"item_id": 1}""");
        assertJson(client.get("/items/1000?q=somequery"), 200, """
                {"item_id": 1000, "q": "somequery"}""");
    }

    @Test
    void outOfBounds() {
        assertJson(client.get("/items/0?q=somequery"), 422, """
                {"detail": [{"type": "greater_than", "loc": ["path", "item_id"],
                             "msg": "Input should be greater than 0", "input": "0", "ctx": {"gt": 0}}]}""");
        assertJson(client.get("/items/1001?q=somequery"), 422, """
                {"detail": [{"type": "less_than_equal", "loc": ["path", "item_id"],
                             "msg": "Input should be less than or equal to 1000", "input": "1001", "ctx": {"le": 1000}}]}""");
    }

    @Test
    void openApi() {
        assertThat(parameters()).isEqualTo(json("""
                [{"name": "item_id", "in": "path", "required": true,
                  "schema": {"type": "integer", "exclusiveMinimum": 0, "maximum": 1000,
                             "title": "The ID of the item to get"}},
                 {"name": "q", "in": "query", "required": true, "schema": {"type": "string", "title": "Q"}}]"""));
    }
}
