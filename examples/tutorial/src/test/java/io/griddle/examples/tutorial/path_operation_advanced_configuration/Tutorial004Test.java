package io.griddle.examples.tutorial.path_operation_advanced_configuration;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_path_operation_advanced_configurations/test_tutorial004, as the specification. */
class Tutorial004Test {

    @Test
    void postItems() {
        try (TestClient client = TestClient.of(Tutorial004.app())) {
            Spec.assertJson(client.post("/items/", Map.of("name", "Foo", "price", 42)), 200, """
                    {"name": "Foo", "price": 42.0, "description": null, "tax": null, "tags": []}""");
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial004.app())) {
            String paths = """
                    "/items/": {"post": {
                      "responses": {"200": {"description": "Successful Response",
                                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}},
                                    %s},
                      "summary": "Create an item",
                      "description": "Create an item with all the information:\\n\\n- **name**: each item must have a name\\n- **description**: a long description\\n- **price**: required\\n- **tax**: if the item doesn't have tax, you can omit this\\n- **tags**: a set of unique tag strings for this item",
                      "operationId": "createItem_items__post",
                      "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}},
                                      "required": true}}}""".formatted(ExpectedJson.VALIDATION_RESPONSE);
            String item = """
                    "Item": {"title": "Item", "required": ["name", "price"], "type": "object",
                             "properties": {
                               "name": {"title": "Name", "type": "string"},
                               "description": {"title": "Description", "anyOf": [{"type": "string"}, {"type": "null"}]},
                               "price": {"title": "Price", "type": "number"},
                               "tax": {"title": "Tax", "anyOf": [{"type": "number"}, {"type": "null"}]},
                               "tags": {"title": "Tags", "uniqueItems": true, "type": "array",
                                        "items": {"type": "string"}, "default": []}}},""";
            assertThat(Spec.openapi(client)).isEqualTo(ExpectedJson.openapi(paths, item));
        }
    }
}
