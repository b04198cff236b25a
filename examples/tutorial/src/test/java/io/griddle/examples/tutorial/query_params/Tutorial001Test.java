package io.griddle.examples.tutorial.query_params;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_query_params/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void skipAndLimitPage() {
        assertJson(client.get("/items/"), 200, """
                [{"item_name": "Foo"}, {"item_name": "Bar"}, {"item_name": "Baz"}]""");
        assertJson(client.get("/items/?skip=1"), 200, """
                [{"item_name": "Bar"}, {"item_name": "Baz"}]""");
        assertJson(client.get("/items/?skip=1&limit=1"), 200, """
                [{"item_name": "Bar"}]""");
    }

    @Test
    void badNumbersAreReported() {
        assertJson(client.get("/items/?skip=x"), 422, """
                {"detail": [{"type": "int_parsing", "loc": ["query", "skip"],
                             "msg": "Input should be a valid integer, unable to parse string as an integer",
                             "input": "x"}]}""");
    }

    @Test
    void openApiShowsTheDefaults() {
        var operation = Spec.operation(Spec.openapi(client), "/items/", "get");
        assertThat(operation.get("parameters")).isEqualTo(json("""
                [{"name": "skip", "in": "query", "required": false,
                  "schema": {"type": "integer", "default": 0, "title": "Skip"}},
                 {"name": "limit", "in": "query", "required": false,
                  "schema": {"type": "integer", "default": 10, "title": "Limit"}}]"""));
    }
}
