package io.griddle.examples.tutorial.body;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FastAPI's tests/test_tutorial/test_body/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    private TestResponse post(String body, String contentType) {
        return client.request("POST", "/items/")
                .body(body.getBytes(StandardCharsets.UTF_8), contentType)
                .send();
    }

    @Test
    void aFloatPrice() {
        assertJson(client.post("/items/", Map.of("name", "Foo", "price", 50.5)), 200, """
                {"name": "Foo", "price": 50.5, "description": null, "tax": null}""");
    }

    @Test
    void aPriceAsTextIsANumber() {
        assertJson(post("""
                {"name": "Foo", "price": "50.5"}""", "application/json"), 200, """
                {"name": "Foo", "price": 50.5, "description": null, "tax": null}""");
        assertJson(post("""
                {"name": "Foo", "price": "50.5", "description": "Some Foo"}""", "application/json"), 200, """
                {"name": "Foo", "price": 50.5, "description": "Some Foo", "tax": null}""");
        assertJson(post("""
                {"name": "Foo", "price": "50.5", "description": "Some Foo", "tax": 0.3}""", "application/json"), 200, """
                {"name": "Foo", "price": 50.5, "description": "Some Foo", "tax": 0.3}""");
    }

    @Test
    void aMissingPrice() {
        assertJson(client.post("/items/", Map.of("name", "Foo")), 422, """
                {"detail": [{"type": "missing", "loc": ["body", "price"], "msg": "Field required",
                             "input": {"name": "Foo"}}]}""");
    }

    @Test
    void aPriceThatIsNotANumber() {
        assertJson(client.post("/items/", Map.of("name", "Foo", "price", "twenty")), 422, """
                {"detail": [{"type": "float_parsing", "loc": ["body", "price"],
                             "msg": "Input should be a valid number, unable to parse string as a number",
                             "input": "twenty"}]}""");
    }

    @Test
    void anEmptyObjectMissesBothRequiredFields() {
        assertJson(client.post("/items/", Map.of()), 422, """
                {"detail": [{"type": "missing", "loc": ["body", "name"], "msg": "Field required", "input": {}},
                            {"type": "missing", "loc": ["body", "price"], "msg": "Field required", "input": {}}]}""");
    }

    @Test
    void noBodyAtAll() {
        assertJson(client.request("POST", "/items/").send(), 422, """
                {"detail": [{"type": "missing", "loc": ["body"], "msg": "Field required", "input": null}]}""");
    }

    @Test
    void brokenJson() {
        assertJson(post("{some broken json}", "application/json"), 422, """
                {"detail": [{"type": "json_invalid", "loc": ["body", 1], "msg": "JSON decode error", "input": {},
                             "ctx": {"error": "Expecting property name enclosed in double quotes"}}]}""");
    }

    @Test
    void aFormIsNotAnObject() {
        assertJson(post("name=Foo&price=50.5", "application/x-www-form-urlencoded"), 422, """
                {"detail": [{"type": "model_attributes_type", "loc": ["body"],
                             "msg": "Input should be a valid dictionary or object to extract fields from",
                             "input": "name=Foo&price=50.5"}]}""");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/geo+json"})
    void jsonContentTypes(String contentType) {
        assertThat(post("""
                {"name": "Foo", "price": 50.5}""", contentType).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/geo+json-seq", "application/not-really-json"})
    void otherContentTypesStayText(String contentType) {
        String body = """
                {"name": "Foo", "price": 50.5}""";
        var response = post(body, contentType);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json())
                .isEqualTo(Map.of(
                        "detail",
                        java.util.List.of(Map.of(
                                "type",
                                "model_attributes_type",
                                "loc",
                                java.util.List.of("body"),
                                "msg",
                                "Input should be a valid dictionary or object to extract fields from",
                                "input",
                                body))));
    }

    @Test
    void openApiRefersToTheItemSchema() {
        var document = Spec.openapi(client);
        var operation = Spec.operation(document, "/items/", "post");
        assertThat(operation.get("summary")).isEqualTo("Create Item");
        assertThat(operation.get("requestBody")).isEqualTo(json("""
                {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}, "required": true}"""));
        assertThat(Spec.component(document, "Item")).isEqualTo(json("""
                {"title": "Item", "required": ["name", "price"], "type": "object",
                 "properties": {
                   "name": {"title": "Name", "type": "string"},
                   "price": {"title": "Price", "type": "number"},
                   "description": {"title": "Description", "anyOf": [{"type": "string"}, {"type": "null"}]},
                   "tax": {"title": "Tax", "anyOf": [{"type": "number"}, {"type": "null"}]}}}"""));
    }
}
