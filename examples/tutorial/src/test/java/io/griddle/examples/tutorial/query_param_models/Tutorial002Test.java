package io.griddle.examples.tutorial.query_param_models;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_query_param_models/test_tutorial002, as the specification. */
class Tutorial002Test {

    private final TestClient client = TestClient.of(Tutorial002.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void queryParamModel() {
        assertJson(client.get("/items/?limit=10&offset=5&order_by=updated_at&tags=tag1&tags=tag2"), 200, """
                {"limit": 10, "offset": 5, "order_by": "updated_at", "tags": ["tag1", "tag2"]}""");
    }

    @Test
    void queryParamModelDefaults() {
        assertJson(client.get("/items/"), 200, """
                {"limit": 100, "offset": 0, "order_by": "created_at", "tags": []}""");
    }

    // Pydantic's type for a Literal is literal_error; a Java enum's is enum (docs/tutorial/query_param_models.md).
    @Test
    void queryParamModelInvalid() {
        assertJson(client.get("/items/?limit=150&offset=-1&order_by=invalid"), 422, """
                {"detail": [
                  {"type": "less_than_equal", "loc": ["query", "limit"],
                   "msg": "Input should be less than or equal to 100", "input": "150", "ctx": {"le": 100}},
                  {"type": "greater_than_equal", "loc": ["query", "offset"],
                   "msg": "Input should be greater than or equal to 0", "input": "-1", "ctx": {"ge": 0}},
                  {"type": "enum", "loc": ["query", "order_by"],
                   "msg": "Input should be 'created_at' or 'updated_at'", "input": "invalid",
                   "ctx": {"expected": "'created_at' or 'updated_at'"}}]}""");
    }

    @Test
    void queryParamModelExtra() {
        assertJson(
                client.get("/items/?limit=10&offset=5&order_by=updated_at&tags=tag1&tags=tag2&tool=plumbus"), 422, """
                {"detail": [{"type": "extra_forbidden", "loc": ["query", "tool"],
                  "msg": "Extra inputs are not permitted", "input": "plumbus"}]}""");
    }

    @Test
    void openApiListsEachComponentAsAQueryParameter() {
        var operation = Spec.operation(Spec.openapi(client), "/items/", "get");
        assertThat(operation.get("parameters")).isEqualTo(json("""
                [{"name": "limit", "in": "query", "required": false,
                  "schema": {"type": "integer", "maximum": 100, "exclusiveMinimum": 0, "default": 100, "title": "Limit"}},
                 {"name": "offset", "in": "query", "required": false,
                  "schema": {"type": "integer", "minimum": 0, "default": 0, "title": "Offset"}},
                 {"name": "order_by", "in": "query", "required": false,
                  "schema": {"$ref": "#/components/schemas/OrderBy", "default": "created_at"}},
                 {"name": "tags", "in": "query", "required": false,
                  "schema": {"type": "array", "items": {"type": "string"}, "default": [], "title": "Tags"}}]"""));
        assertThat(Spec.component(Spec.openapi(client), "OrderBy")).isEqualTo(json("""
                {"type": "string", "enum": ["created_at", "updated_at"], "title": "OrderBy"}"""));
    }
}
