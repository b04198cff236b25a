package io.griddle.examples.tutorial.body_nested_models;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_body_nested_models/test_tutorial006, as the specification. */
class Tutorial006Test {

    private final TestClient client = TestClient.of(Tutorial006.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void severalImages() {
        var images = List.of(
                Map.of("url", "http://example.com/baz.jpg", "name", "The Foo live"),
                Map.of("url", "http://example.com/dave.jpg", "name", "The Baz"));
        var response = client.put("/items/123", Map.of("name", "Foo", "price", 35.4, "images", images));
        assertThat(response.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var item = (Map<String, Object>) ((Map<String, Object>) response.json()).get("item");
        assertThat(item.get("images")).isEqualTo(images);
    }

    @Test
    void onlyTheRequiredFields() {
        assertJson(client.put("/items/5", Map.of("name", "Foo", "price", 35.4)), 200, """
                {"item_id": 5, "item": {"name": "Foo", "description": null, "price": 35.4, "tax": null, "tags": [],
                                        "images": null}}""");
    }

    @Test
    void problemsInAnImageAreLocatedByIndex() {
        assertJson(
                client.put(
                        "/items/5",
                        Map.of(
                                "name",
                                "Foo",
                                "price",
                                35.4,
                                "images",
                                List.of(
                                        Map.of("url", "http://example.com/baz.jpg", "name", "ok"),
                                        Map.of("url", "not a valid url")))),
                422,
                """
                {"detail": [{"type": "url_parsing", "loc": ["body", "images", 1, "url"],
                             "msg": "Input should be a valid URL, relative URL without a base",
                             "input": "not a valid url", "ctx": {"error": "relative URL without a base"}},
                            {"type": "missing", "loc": ["body", "images", 1, "name"], "msg": "Field required",
                             "input": {"url": "not a valid url"}}]}""");
    }

    @Test
    void openApiHasANullableListOfImages() {
        assertThat(Spec.at(Spec.component(Spec.openapi(client), "Item"), "properties", "images"))
                .isEqualTo(json("""
                {"anyOf": [{"type": "array", "items": {"$ref": "#/components/schemas/Image"}}, {"type": "null"}],
                 "title": "Images"}"""));
    }
}
