package io.griddle.examples.tutorial.query_params;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_query_params/test_tutorial006, as the specification. */
class Tutorial006Test {

    private final TestClient client = TestClient.of(Tutorial006.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void defaultsFillIn() {
        assertJson(client.get("/items/foo?needy=very"), 200, """
                {"item_id": "foo", "needy": "very", "skip": 0, "limit": null}""");
    }

    @Test
    void everyProblemIsReportedInParameterOrder() {
        assertJson(client.get("/items/foo?skip=a&limit=b"), 422, """
                {"detail": [
                  {"type": "missing", "loc": ["query", "needy"], "msg": "Field required", "input": null},
                  {"type": "int_parsing", "loc": ["query", "skip"],
                   "msg": "Input should be a valid integer, unable to parse string as an integer", "input": "a"},
                  {"type": "int_parsing", "loc": ["query", "limit"],
                   "msg": "Input should be a valid integer, unable to parse string as an integer", "input": "b"}]}""");
    }

    @Test
    void openApiListsRequiredDefaultedAndNullable() {
        var operation = Spec.operation(Spec.openapi(client), "/items/{item_id}", "get");
        assertThat(operation.get("parameters")).isEqualTo(json("""
                [{"name": "item_id", "in": "path", "required": true, "schema": {"type": "string", "title": "Item Id"}},
                 {"name": "needy", "in": "query", "required": true, "schema": {"type": "string", "title": "Needy"}},
                 {"name": "skip", "in": "query", "required": false,
                  "schema": {"type": "integer", "default": 0, "title": "Skip"}},
                 {"name": "limit", "in": "query", "required": false,
                  "schema": {"anyOf": [{"type": "integer"}, {"type": "null"}], "title": "Limit"}}]"""));
    }
}
