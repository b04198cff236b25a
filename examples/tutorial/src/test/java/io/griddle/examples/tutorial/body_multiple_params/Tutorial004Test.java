package io.griddle.examples.tutorial.body_multiple_params;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_body_multiple_params/test_tutorial004, as the specification. */
class Tutorial004Test {

    private final TestClient client = TestClient.of(Tutorial004.app());

    @AfterEach
    void close() {
        client.close();
    }

    private Map<String, Object> operation() {
        return Spec.operation(Spec.openapi(client), "/items/{item_id}", "put");
    }

    private static final String BODY = "Body_updateItem_items__item_id__put";
    private static final String BODY_SCHEMA = """
            {"title": "Body_updateItem_items__item_id__put", "required": ["item", "user", "importance"], "type": "object",
             "properties": {"item": {"$ref": "#/components/schemas/Item"},
                            "user": {"$ref": "#/components/schemas/User"},
                            "importance": {"title": "Importance", "type": "integer", "exclusiveMinimum": 0}}}""";

    private static final Map<String, Object> ALL =
            Map.of("importance", 2, "item", Map.of("name", "Foo", "price", 50.5), "user", Map.of("username", "Dave"));

    @Test
    void everythingWithQ() {
        assertJson(
                client.request("PUT", "/items/5")
                        .query("q", "somequery")
                        .json(ALL)
                        .send(),
                200,
                """
                {"item_id": 5, "importance": 2,
                 "item": {"name": "Foo", "price": 50.5, "description": null, "tax": null},
                 "user": {"username": "Dave", "full_name": null}, "q": "somequery"}""");
    }

    @Test
    void onlyTheRequired() {
        assertJson(client.put("/items/5", ALL), 200, """
                {"item_id": 5, "importance": 2,
                 "item": {"name": "Foo", "price": 50.5, "description": null, "tax": null},
                 "user": {"username": "Dave", "full_name": null}}""");
    }

    @Test
    void noBodyOrAnEmptyOneMissesEveryField() {
        String missing = """
                {"detail": [{"type": "missing", "loc": ["body", "item"], "msg": "Field required", "input": null},
                            {"type": "missing", "loc": ["body", "user"], "msg": "Field required", "input": null},
                            {"type": "missing", "loc": ["body", "importance"], "msg": "Field required", "input": null}]}""";
        assertJson(client.request("PUT", "/items/5").send(), 422, missing);
        assertJson(client.put("/items/5", Map.of()), 422, missing);
    }

    @Test
    void importanceMustBePositive() {
        assertJson(
                client.put(
                        "/items/5",
                        Map.of(
                                "importance",
                                0,
                                "item",
                                Map.of("name", "Foo", "price", 50.5),
                                "user",
                                Map.of("username", "Dave"))),
                422,
                """
                {"detail": [{"type": "greater_than", "loc": ["body", "importance"],
                             "msg": "Input should be greater than 0", "input": 0, "ctx": {"gt": 0}}]}""");
    }

    @Test
    void openApiHasTheQueryParameter() {
        assertThat(operation().get("parameters")).isEqualTo(json("""
                [{"name": "item_id", "in": "path", "required": true, "schema": {"type": "integer", "title": "Item Id"}},
                 {"name": "q", "in": "query", "required": false,
                  "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Q"}}]"""));
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
