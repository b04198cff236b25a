package io.griddle.examples.tutorial.extra_models;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_extra_models/test_tutorial003, as the specification. */
class Tutorial003Test {

    private final TestClient client = TestClient.of(Tutorial003.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void getCar() {
        assertJson(client.get("/items/item1"), 200, """
                {"description": "All my friends drive a low rider", "type": "car"}""");
    }

    @Test
    void getPlane() {
        assertJson(client.get("/items/item2"), 200, """
                {"description": "Music is my aeroplane, it's my aeroplane", "type": "plane", "size": 5}""");
    }

    @Test
    void openApiSchema() {
        var document = Spec.openapi(client);
        var operation = Spec.operation(document, "/items/{item_id}", "get");
        assertThat(operation.get("summary")).isEqualTo("Read Item");
        assertThat(operation.get("operationId")).isEqualTo("readItem_items__item_id__get");
        assertThat(operation.get("parameters")).isEqualTo(json("""
                [{"required": true, "schema": {"title": "Item Id", "type": "string"}, "name": "item_id", "in": "path"}]"""));
        assertThat(Spec.at(operation, "responses", "200")).isEqualTo(json("""
                {"description": "Successful Response",
                 "content": {"application/json": {"schema": {
                     "title": "Response Read Item Items  Item Id  Get",
                     "anyOf": [{"$ref": "#/components/schemas/PlaneItem"}, {"$ref": "#/components/schemas/CarItem"}]}}}}"""));
        assertThat(Spec.at(operation, "responses", "422", "content", "application/json", "schema"))
                .isEqualTo(json("""
                {"$ref": "#/components/schemas/HTTPValidationError"}"""));
        assertThat(Spec.component(document, "PlaneItem")).isEqualTo(json("""
                {"title": "PlaneItem", "required": ["description", "size"], "type": "object",
                 "properties": {"description": {"title": "Description", "type": "string"},
                                "type": {"title": "Type", "type": "string", "default": "plane"},
                                "size": {"title": "Size", "type": "integer"}}}"""));
        assertThat(Spec.component(document, "CarItem")).isEqualTo(json("""
                {"title": "CarItem", "required": ["description"], "type": "object",
                 "properties": {"description": {"title": "Description", "type": "string"},
                                "type": {"title": "Type", "type": "string", "default": "car"}}}"""));
        assertThat(Spec.keys(document, "components", "schemas"))
                .containsExactlyInAnyOrder("PlaneItem", "CarItem", "HTTPValidationError", "ValidationError");
    }
}
