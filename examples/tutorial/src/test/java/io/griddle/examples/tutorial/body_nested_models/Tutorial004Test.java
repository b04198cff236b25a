package io.griddle.examples.tutorial.body_nested_models;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_body_nested_models/test_tutorial004, as the specification. */
class Tutorial004Test {

    private final TestClient client = TestClient.of(Tutorial004.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void withAnImage() {
        var response = client.put(
                "/items/123",
                Map.of(
                        "name",
                        "Foo",
                        "description",
                        "A very nice Item",
                        "price",
                        35.4,
                        "tax",
                        3.2,
                        "tags",
                        List.of("foo", "bar", "foo"),
                        "image",
                        Map.of("url", "http://example.com/image.png", "name", "example image")));
        assertThat(response.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var item = (Map<String, Object>) ((Map<String, Object>) response.json()).get("item");
        assertThat(item.get("tags"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("foo", "bar");
        assertThat(item.get("image")).isEqualTo(Map.of("url", "http://example.com/image.png", "name", "example image"));
    }

    @Test
    void onlyTheRequiredFields() {
        assertJson(client.put("/items/5", Map.of("name", "Foo", "price", 35.4)), 200, """
                {"item_id": 5, "item": {"name": "Foo", "description": null, "price": 35.4, "tax": null, "tags": [],
                                        "image": null}}""");
    }

    @Test
    void aMissingFieldInTheImage() {
        assertJson(
                client.put(
                        "/items/5",
                        Map.of("name", "Foo", "price", 35.4, "image", Map.of("url", "http://example.com/image.png"))),
                422,
                """
                {"detail": [{"type": "missing", "loc": ["body", "image", "name"], "msg": "Field required",
                             "input": {"url": "http://example.com/image.png"}}]}""");
    }

    @Test
    void openApiRefersToTheImage() {
        var document = Spec.openapi(client);
        assertThat(Spec.component(document, "Image")).isEqualTo(json("""
                {"title": "Image", "type": "object", "required": ["url", "name"],
                 "properties": {"url": {"title": "Url", "type": "string"}, "name": {"title": "Name", "type": "string"}}}"""));
        assertThat(Spec.at(Spec.component(document, "Item"), "properties", "image"))
                .isEqualTo(json("""
                {"anyOf": [{"$ref": "#/components/schemas/Image"}, {"type": "null"}]}"""));
    }
}
