package io.griddle.examples.tutorial.path_params_numeric_validations;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_path_params_numeric_validations/test_tutorial002_tutorial003, as the specification. */
class Tutorial002Test {

    private final TestClient client = TestClient.of(Tutorial002.app());

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
        assertJson(client.get("/items/42?q="), 200, """
                {"item_id": 42}""");
        assertJson(client.get("/items/123?q=somequery"), 200, """
                {"item_id": 123, "q": "somequery"}""");
    }

    @Test
    void openApiListsThePathParameterFirst() {
        assertThat(parameters()).isEqualTo(json("""
                [{"name": "item_id", "in": "path", "required": true,
                  "schema": {"type": "integer", "title": "The ID of the item to get"}},
                 {"name": "q", "in": "query", "required": true, "schema": {"type": "string", "title": "Q"}}]"""));
    }
}
