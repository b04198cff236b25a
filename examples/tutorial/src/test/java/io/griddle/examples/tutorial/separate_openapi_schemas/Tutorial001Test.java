package io.griddle.examples.tutorial.separate_openapi_schemas;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_separate_openapi_schemas/test_tutorial001, as the specification; the same
 * assertions run for tutorial002 ({@link Tutorial002Test}), as the two FastAPI tests are the same but for the module.
 */
class Tutorial001Test {

    private final TestClient client = TestClient.of(app().get());

    Supplier<App> app() {
        return Tutorial001::app;
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void createItem() {
        assertJson(client.post("/items/", Map.of("name", "Foo")), 200, """
                {"name": "Foo", "description": null}""");
    }

    @Test
    void readItems() {
        assertJson(client.get("/items/"), 200, """
                [{"name": "Portal Gun", "description": "Device to travel through the multi-rick-verse"},
                 {"name": "Plumbus", "description": null}]""");
    }

    @Test
    void openApiSchema() {
        var document = Spec.openapi(client);
        var get = Spec.operation(document, "/items/", "get");
        assertThat(get.get("summary")).isEqualTo("Read Items");
        assertThat(get.get("operationId")).isEqualTo("readItems_items__get");
        assertThat(get.get("responses")).isEqualTo(json("""
                {"200": {"description": "Successful Response", "content": {"application/json": {"schema": {
                    "items": {"$ref": "#/components/schemas/Item"}, "type": "array",
                    "title": "Response Read Items Items  Get"}}}}}"""));
        var post = Spec.operation(document, "/items/", "post");
        assertThat(post.get("summary")).isEqualTo("Create Item");
        assertThat(post.get("operationId")).isEqualTo("createItem_items__post");
        assertThat(post.get("requestBody")).isEqualTo(json("""
                {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}, "required": true}"""));
        // FastAPI documents the unannotated create_item's answer as {}; Griddle documents the declared Item.
        assertThat(Spec.at(post, "responses", "200")).isEqualTo(json("""
                {"description": "Successful Response",
                 "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}"""));
        assertThat(Spec.at(post, "responses", "422", "content", "application/json", "schema"))
                .isEqualTo(json("""
                {"$ref": "#/components/schemas/HTTPValidationError"}"""));
        assertThat(Spec.component(document, "Item")).isEqualTo(json("""
                {"properties": {"name": {"type": "string", "title": "Name"},
                                "description": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Description"}},
                 "type": "object", "required": ["name"], "title": "Item"}"""));
        assertThat(Spec.keys(document, "components", "schemas"))
                .containsExactlyInAnyOrder("Item", "HTTPValidationError", "ValidationError");
    }
}
