package io.griddle.examples.tutorial.path_operation_configuration;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;

/** What FastAPI's path_operation_configuration tests share: the item posted and the {@code Item} schema. */
final class Items {

    static final String ITEM_SCHEMA = """
            "Item": {"title": "Item", "type": "object", "required": ["name", "price"],
                     "properties": {
                       "name": {"title": "Name", "type": "string"},
                       "description": {"title": "Description", "anyOf": [{"type": "string"}, {"type": "null"}]},
                       "price": {"title": "Price", "type": "number"},
                       "tax": {"title": "Tax", "anyOf": [{"type": "number"}, {"type": "null"}]},
                       "tags": {"title": "Tags", "type": "array", "items": {"type": "string"},
                                "uniqueItems": true, "default": []}}},""";

    static final String ITEM_REF = """
            {"$ref": "#/components/schemas/Item"}""";

    private Items() {}

    /** FastAPI's {@code test_post_items}: the item comes back as sent (tags in any order). */
    @SuppressWarnings("unchecked")
    static void postItems(TestClient client, int status) {
        TestResponse response = client.post(
                "/items/",
                Map.of(
                        "name",
                        "Foo",
                        "description",
                        "Item description",
                        "price",
                        42.0,
                        "tax",
                        3.2,
                        "tags",
                        new String[] {"bar", "baz"}));
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        Map<String, Object> body = (Map<String, Object>) response.json();
        assertThat(body)
                .containsOnlyKeys("name", "description", "price", "tax", "tags")
                .containsEntry("name", "Foo")
                .containsEntry("description", "Item description")
                .containsEntry("price", 42.0)
                .containsEntry("tax", 3.2);
        assertThat((java.util.List<Object>) body.get("tags")).containsExactlyInAnyOrder("bar", "baz");
    }

    /** The whole document of one {@code POST /items/} operation (its JSON members), with the validation schemas. */
    static void assertDocument(TestClient client, String itemsPath) {
        assertThat(Spec.openapi(client))
                .isEqualTo(ExpectedJson.openapi("\"/items/\": {" + itemsPath + "}", ITEM_SCHEMA));
    }

    /** The {@code POST /items/} operation with its summary/description members and success response. */
    static String createItem(String metadata, String status, String responseDescription) {
        return """
                "post": {%s "operationId": "createItem_items__post",
                  "requestBody": {"content": {"application/json": {"schema": %s}}, "required": true},
                  "responses": {"%s": {"description": "%s", "content": {"application/json": {"schema": %s}}},
                                %s}}""".formatted(
                        metadata, ITEM_REF, status, responseDescription, ITEM_REF, ExpectedJson.VALIDATION_RESPONSE);
    }
}
