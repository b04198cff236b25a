package io.griddle.examples.tutorial.body_multiple_params;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_body_multiple_params/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    private Map<String, Object> operation() {
        return Spec.operation(Spec.openapi(client), "/items/{item_id}", "put");
    }

    @Test
    void withABodyAndQ() {
        assertJson(
                client.request("PUT", "/items/5?q=bar")
                        .json(Map.of("name", "Foo", "price", 50.5))
                        .send(),
                200,
                """
                {"item_id": 5, "item": {"name": "Foo", "price": 50.5, "description": null, "tax": null}, "q": "bar"}""");
    }

    @Test
    void withoutABody() {
        assertJson(client.request("PUT", "/items/5?q=bar").send(), 200, """
                {"item_id": 5, "q": "bar"}""");
        assertJson(client.request("PUT", "/items/5").send(), 200, """
                {"item_id": 5}""");
    }

    @Test
    void anItemIdThatIsNotAnInteger() {
        assertJson(client.request("PUT", "/items/foo").send(), 422, """
                {"detail": [{"type": "int_parsing", "loc": ["path", "item_id"],
                             "msg": "Input should be a valid integer, unable to parse string as an integer",
                             "input": "foo"}]}""");
    }

    @Test
    void openApiHasAnOptionalBody() {
        var operation = operation();
        assertThat(operation.get("parameters")).isEqualTo(json("""
                [{"name": "item_id", "in": "path", "required": true,
                  "schema": {"type": "integer", "minimum": 0, "maximum": 1000, "title": "The ID of the item to get"}},
                 {"name": "q", "in": "query", "required": false,
                  "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Q"}}]"""));
        assertThat(operation.get("requestBody")).isEqualTo(json("""
                {"content": {"application/json": {"schema": {
                    "anyOf": [{"$ref": "#/components/schemas/Item"}, {"type": "null"}], "title": "Item"}}}}"""));
    }
}
