package io.griddle.examples.tutorial.body_multiple_params;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_body_multiple_params/test_tutorial005, as the specification. */
class Tutorial005Test {

    private final TestClient client = TestClient.of(Tutorial005.app());

    @AfterEach
    void close() {
        client.close();
    }

    private Map<String, Object> operation() {
        return Spec.operation(Spec.openapi(client), "/items/{item_id}", "put");
    }

    @Test
    void theItemIsEmbedded() {
        assertJson(
                client.put(
                        "/items/5",
                        Map.of("item", Map.of("name", "Foo", "price", 50.5, "description", "Some Foo", "tax", 0.1))),
                200,
                """
                {"item_id": 5, "item": {"name": "Foo", "price": 50.5, "description": "Some Foo", "tax": 0.1}}""");
        assertJson(client.put("/items/5", Map.of("item", Map.of("name", "Foo", "price", 50.5))), 200, """
                {"item_id": 5, "item": {"name": "Foo", "price": 50.5, "description": null, "tax": null}}""");
    }

    @Test
    void noBodyOrANotEmbeddedItemMissesTheItem() {
        String missing = """
                {"detail": [{"type": "missing", "loc": ["body", "item"], "msg": "Field required", "input": null}]}""";
        assertJson(client.request("PUT", "/items/5").send(), 422, missing);
        assertJson(client.put("/items/5", Map.of("name", "Foo", "price", 50.5)), 422, missing);
    }

    @Test
    void aMissingFieldInsideTheItem() {
        assertJson(
                client.put("/items/5", Map.of("item", Map.of("name", "Foo"), "user", Map.of("username", "johndoe"))),
                422,
                """
                {"detail": [{"type": "missing", "loc": ["body", "item", "price"], "msg": "Field required",
                             "input": {"name": "Foo"}}]}""");
    }

    @Test
    void openApiEmbedsTheItem() {
        var document = Spec.openapi(client);
        assertThat(Spec.requestSchema(Spec.operation(document, "/items/{item_id}", "put")))
                .isEqualTo(json("""
                {"$ref": "#/components/schemas/Body_updateItem_items__item_id__put"}"""));
        assertThat(Spec.component(document, "Body_updateItem_items__item_id__put"))
                .isEqualTo(json("""
                {"title": "Body_updateItem_items__item_id__put", "required": ["item"], "type": "object",
                 "properties": {"item": {"$ref": "#/components/schemas/Item"}}}"""));
    }
}
