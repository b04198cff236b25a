package io.griddle.examples.tutorial.query_params;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_query_params/test_tutorial004, as the specification. */
class Tutorial004Test {

    private static final String LONG = "This is an amazing item that has a long description";

    private final TestClient client = TestClient.of(Tutorial004.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void pathAndQueryParametersTogether() {
        assertJson(client.get("/users/123/items/foo"), 200, """
                {"item_id": "foo", "owner_id": 123, "description": "%s"}""".formatted(LONG));
        assertJson(client.get("/users/1/items/bar?q=somequery"), 200, """
                {"item_id": "bar", "owner_id": 1, "q": "somequery", "description": "%s"}""".formatted(LONG));
        assertJson(client.get("/users/42/items/baz?short=true"), 200, """
                {"item_id": "baz", "owner_id": 42}""");
    }

    @Test
    void openApiListsThemInOrder() {
        var operation = Spec.operation(Spec.openapi(client), "/users/{user_id}/items/{item_id}", "get");
        assertThat(operation.get("parameters")).isEqualTo(json("""
                [{"name": "user_id", "in": "path", "required": true, "schema": {"type": "integer", "title": "User Id"}},
                 {"name": "item_id", "in": "path", "required": true, "schema": {"type": "string", "title": "Item Id"}},
                 {"name": "q", "in": "query", "required": false,
                  "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Q"}},
                 {"name": "short", "in": "query", "required": false,
                  "schema": {"type": "boolean", "default": false, "title": "Short"}}]"""));
    }
}
