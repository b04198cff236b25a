package io.griddle.examples.tutorial.body_fields;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_body_fields/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void onlyTheRequiredFields() {
        assertJson(client.put("/items/5", Map.of("item", Map.of("name", "Foo", "price", 3.0))), 200, """
                {"item_id": 5, "item": {"name": "Foo", "price": 3.0, "description": null, "tax": null}}""");
    }

    @Test
    void aTaxAsText() {
        assertJson(
                client.put(
                        "/items/6",
                        Map.of("item", Map.of("name", "Bar", "price", 0.2, "description", "Some bar", "tax", "5.4"))),
                200,
                """
                {"item_id": 6, "item": {"name": "Bar", "price": 0.2, "description": "Some bar", "tax": 5.4}}""");
    }

    @Test
    void aPriceThatIsNotPositive() {
        assertJson(client.put("/items/5", Map.of("item", Map.of("name", "Foo", "price", -3.0))), 422, """
                {"detail": [{"type": "greater_than", "loc": ["body", "item", "price"],
                             "msg": "Input should be greater than 0", "input": -3.0, "ctx": {"gt": 0.0}}]}""");
    }

    @Test
    void aDescriptionThatIsTooLong() {
        String description = "x".repeat(301);
        assertJson(
                client.put("/items/5", Map.of("item", Map.of("name", "Foo", "price", 1, "description", description))),
                422,
                """
                {"detail": [{"type": "string_too_long", "loc": ["body", "item", "description"],
                             "msg": "String should have at most 300 characters", "input": "%s",
                             "ctx": {"max_length": 300}}]}""".formatted(description));
    }

    @Test
    void openApiCarriesTheFieldsTitlesAndDescriptions() {
        var document = Spec.openapi(client);
        assertThat(Spec.component(document, "Item")).isEqualTo(json("""
                {"title": "Item", "required": ["name", "price"], "type": "object",
                 "properties": {
                   "name": {"title": "Name", "type": "string"},
                   "description": {"anyOf": [{"maxLength": 300, "type": "string"}, {"type": "null"}],
                                   "title": "The description of the item"},
                   "price": {"title": "Price", "exclusiveMinimum": 0, "type": "number",
                             "description": "The price must be greater than zero"},
                   "tax": {"title": "Tax", "anyOf": [{"type": "number"}, {"type": "null"}]}}}"""));
        assertThat(Spec.component(document, "Body_updateItem_items__item_id__put"))
                .isEqualTo(json("""
                {"title": "Body_updateItem_items__item_id__put", "required": ["item"], "type": "object",
                 "properties": {"item": {"$ref": "#/components/schemas/Item"}}}"""));
    }
}
