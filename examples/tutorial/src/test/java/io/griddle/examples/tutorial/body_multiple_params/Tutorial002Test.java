package io.griddle.examples.tutorial.body_multiple_params;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_body_multiple_params/test_tutorial002, as the specification. */
class Tutorial002Test {

    private final TestClient client = TestClient.of(Tutorial002.app());

    @AfterEach
    void close() {
        client.close();
    }

    private Map<String, Object> operation() {
        return Spec.operation(Spec.openapi(client), "/items/{item_id}", "put");
    }

    // FastAPI names it Body_update_item_items__item_id__put: the operationId holds the Java method's name.
    private static final String BODY = "Body_updateItem_items__item_id__put";
    private static final String BODY_SCHEMA = """
            {"title": "Body_updateItem_items__item_id__put", "required": ["item", "user"], "type": "object",
             "properties": {"item": {"$ref": "#/components/schemas/Item"},
                            "user": {"$ref": "#/components/schemas/User"}}}""";

    @Test
    void bothBodies() {
        assertJson(
                client.put(
                        "/items/123",
                        Map.of(
                                "item", Map.of("name", "Foo", "price", 50.5),
                                "user", Map.of("username", "Dave"))),
                200,
                """
                {"item_id": 123, "item": {"name": "Foo", "price": 50.5, "description": null, "tax": null},
                 "user": {"username": "Dave", "full_name": null}}""");
    }

    @Test
    void noBodyMissesBoth() {
        assertJson(client.request("PUT", "/items/5").send(), 422, """
                {"detail": [{"type": "missing", "loc": ["body", "item"], "msg": "Field required", "input": null},
                            {"type": "missing", "loc": ["body", "user"], "msg": "Field required", "input": null}]}""");
    }

    @Test
    void problemsInsideEachBodyAreLocated() {
        assertJson(client.put("/items/5", Map.of("item", Map.of("name", "Foo"), "user", Map.of())), 422, """
                {"detail": [{"type": "missing", "loc": ["body", "item", "price"], "msg": "Field required",
                             "input": {"name": "Foo"}},
                            {"type": "missing", "loc": ["body", "user", "username"], "msg": "Field required",
                             "input": {}}]}""");
    }

    @Test
    void openApiEmbedsTheBodiesInOneObject() {
        var document = Spec.openapi(client);
        var operation = Spec.operation(document, "/items/{item_id}", "put");
        assertThat(operation.get("requestBody")).isEqualTo(json("""
                {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/%s"}}},
                 "required": true}""".formatted(BODY)));
        assertThat(Spec.component(document, BODY)).isEqualTo(json(BODY_SCHEMA));
        assertThat(Spec.component(document, "User")).isEqualTo(json("""
                {"title": "User", "required": ["username"], "type": "object",
                 "properties": {"username": {"title": "Username", "type": "string"},
                                "full_name": {"title": "Full Name", "anyOf": [{"type": "string"}, {"type": "null"}]}}}"""));
    }
}
