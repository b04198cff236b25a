package io.griddle.examples.tutorial.query_params_str_validations;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_query_params_str_validations/test_tutorial006c, as the specification. */
class Tutorial006cTest {

    private final TestClient client = TestClient.of(Tutorial006c.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void noQuery() {
        assertJson(client.get("/items/"), 200, """
                {"items": [{"item_id": "Foo"}, {"item_id": "Bar"}]}""");
    }

    @Test
    void qQuery() {
        assertJson(client.get("/items/?q=query"), 200, """
                {"items": [{"item_id": "Foo"}, {"item_id": "Bar"}], "q": "query"}""");
    }

    @Test
    void qShort() {
        assertJson(client.get("/items/?q=fa"), 422, """
                {"detail": [{"type": "string_too_short", "loc": ["query", "q"],
                  "msg": "String should have at least 3 characters", "input": "fa", "ctx": {"min_length": 3}}]}""");
    }

    // FastAPI marks ?q= an expected failure (its example is not valid there); here q= is present and too short.
    @Test
    void emptyStringIsTooShort() {
        assertJson(client.get("/items/?q="), 422, """
                {"detail": [{"type": "string_too_short", "loc": ["query", "q"],
                  "msg": "String should have at least 3 characters", "input": "", "ctx": {"min_length": 3}}]}""");
    }

    // FastAPI's document says "required": true (str | None without default); an Optional is not required here.
    @Test
    void openApiParameter() {
        var operation = Spec.operation(Spec.openapi(client), "/items/", "get");
        assertThat(operation.get("parameters")).isEqualTo(json("""
                [{"required": false, "name": "q", "in": "query",
                  "schema": {"anyOf": [{"type": "string", "minLength": 3}, {"type": "null"}], "title": "Q"}}]"""));
    }
}
