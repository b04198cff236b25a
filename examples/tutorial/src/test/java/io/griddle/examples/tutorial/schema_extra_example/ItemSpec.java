package io.griddle.examples.tutorial.schema_extra_example;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;

/** What every test of the chapter asserts alike: the PUT, and the operation around the body. */
final class ItemSpec {

    private ItemSpec() {}

    /** The component {@code Item} as FastAPI documents it when the examples are elsewhere. */
    static final String ITEM = """
            {"title": "Item", "required": ["name", "price"], "type": "object",
             "properties": {"name": {"title": "Name", "type": "string"},
                            "description": {"title": "Description", "anyOf": [{"type": "string"}, {"type": "null"}]},
                            "price": {"title": "Price", "type": "number"},
                            "tax": {"title": "Tax", "anyOf": [{"type": "number"}, {"type": "null"}]}}}""";

    /** FastAPI's test_post_body_example: the status only; Griddle's answer is checked too. */
    static void putsTheExample(TestClient client) {
        var item = Map.of("name", "Foo", "description", "A very nice Item", "price", 35.4, "tax", 3.2);
        assertJson(client.put("/items/5", item), 200, """
                {"item_id": 5, "item": {"name": "Foo", "description": "A very nice Item", "price": 35.4, "tax": 3.2}}""");
    }

    /** The operation's summary, id, parameter and responses; returns it for the test's own checks. */
    static Map<String, Object> operation(Map<String, Object> document) {
        var operation = Spec.operation(document, "/items/{item_id}", "put");
        assertThat(operation.get("summary")).isEqualTo("Update Item");
        assertThat(operation.get("operationId")).isEqualTo("updateItem_items__item_id__put");
        assertThat(operation.get("parameters")).isEqualTo(json("""
                [{"name": "item_id", "in": "path", "required": true, "schema": {"type": "integer", "title": "Item Id"}}]"""));
        assertThat(Spec.at(operation, "responses", "422", "content", "application/json", "schema"))
                .isEqualTo(json("""
                {"$ref": "#/components/schemas/HTTPValidationError"}"""));
        assertThat(Spec.keys(document, "components", "schemas"))
                .containsExactlyInAnyOrder("Item", "HTTPValidationError", "ValidationError");
        return operation;
    }
}
