package io.griddle.examples.tutorial.query_params;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_query_params/test_tutorial002, as the specification. */
class Tutorial002Test {

    private final TestClient client = TestClient.of(Tutorial002.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void qIsOptional() {
        assertJson(client.get("/items/foo"), 200, """
                {"item_id": "foo"}""");
        assertJson(client.get("/items/bar?q=somequery"), 200, """
                {"item_id": "bar", "q": "somequery"}""");
    }

    @Test
    void openApiShowsANullableQ() {
        var operation = Spec.operation(Spec.openapi(client), "/items/{item_id}", "get");
        assertThat(operation.get("parameters")).isEqualTo(json("""
                [{"name": "item_id", "in": "path", "required": true, "schema": {"type": "string", "title": "Item Id"}},
                 {"name": "q", "in": "query", "required": false,
                  "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Q"}}]"""));
    }
}
