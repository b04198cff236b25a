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

/** FastAPI's tests/test_tutorial/test_body_nested_models/test_tutorial007, as the specification. */
class Tutorial007Test {

    private final TestClient client = TestClient.of(Tutorial007.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void everyField() {
        var data = Map.of(
                "name",
                "Special Offer",
                "description",
                "This is a special offer",
                "price",
                38.6,
                "items",
                List.of(Map.of(
                        "name",
                        "Foo",
                        "description",
                        "A very nice Item",
                        "price",
                        35.4,
                        "tax",
                        3.2,
                        "tags",
                        List.of("foo"),
                        "images",
                        List.of(Map.of("url", "http://example.com/image.png", "name", "example image")))));
        var response = client.post("/offers/", data);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(data);
    }

    @Test
    void onlyTheRequiredFields() {
        assertJson(
                client.post(
                        "/offers/",
                        Map.of(
                                "name",
                                "Special Offer",
                                "price",
                                38.6,
                                "items",
                                List.of(Map.of(
                                        "name",
                                        "Foo",
                                        "price",
                                        35.4,
                                        "images",
                                        List.of(Map.of(
                                                "url", "http://example.com/image.png", "name", "example image")))))),
                200,
                """
                {"name": "Special Offer", "description": null, "price": 38.6,
                 "items": [{"name": "Foo", "description": null, "price": 35.4, "tax": null, "tags": [],
                            "images": [{"url": "http://example.com/image.png", "name": "example image"}]}]}""");
    }

    @Test
    void anEmptyBody() {
        assertJson(client.post("/offers/", Map.of()), 422, """
                {"detail": [{"type": "missing", "loc": ["body", "name"], "msg": "Field required", "input": {}},
                            {"type": "missing", "loc": ["body", "price"], "msg": "Field required", "input": {}},
                            {"type": "missing", "loc": ["body", "items"], "msg": "Field required", "input": {}}]}""");
    }

    @Test
    void missingFieldsDeepInside() {
        assertJson(
                client.post("/offers/", Map.of("name", "Special Offer", "price", 38.6, "items", List.of(Map.of()))),
                422,
                """
                {"detail": [{"type": "missing", "loc": ["body", "items", 0, "name"], "msg": "Field required", "input": {}},
                            {"type": "missing", "loc": ["body", "items", 0, "price"], "msg": "Field required", "input": {}}]}""");
        assertJson(
                client.post(
                        "/offers/",
                        Map.of(
                                "name",
                                "Special Offer",
                                "price",
                                38.6,
                                "items",
                                List.of(Map.of("name", "Foo", "price", 35.4, "images", List.of(Map.of()))))),
                422,
                """
                {"detail": [{"type": "missing", "loc": ["body", "items", 0, "images", 0, "url"], "msg": "Field required",
                             "input": {}},
                            {"type": "missing", "loc": ["body", "items", 0, "images", 0, "name"], "msg": "Field required",
                             "input": {}}]}""");
    }

    @Test
    void openApiNestsTheComponents() {
        var document = Spec.openapi(client);
        assertThat(Spec.requestSchema(Spec.operation(document, "/offers/", "post")))
                .isEqualTo(json("""
                {"$ref": "#/components/schemas/Offer"}"""));
        assertThat(Spec.component(document, "Offer")).isEqualTo(json("""
                {"title": "Offer", "type": "object", "required": ["name", "price", "items"],
                 "properties": {
                   "name": {"title": "Name", "type": "string"},
                   "description": {"title": "Description", "anyOf": [{"type": "string"}, {"type": "null"}]},
                   "price": {"title": "Price", "type": "number"},
                   "items": {"title": "Items", "type": "array", "items": {"$ref": "#/components/schemas/Item"}}}}"""));
        assertThat(Spec.at(Spec.component(document, "Item"), "properties", "images"))
                .isEqualTo(json("""
                {"anyOf": [{"type": "array", "items": {"$ref": "#/components/schemas/Image"}}, {"type": "null"}],
                 "title": "Images"}"""));
    }
}
