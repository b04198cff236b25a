package io.griddle.examples.tutorial.using_request_directly;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_using_request_directly/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void pathOperation() {
        assertJson(client.get("/items/foo"), 200, """
                {"client_host": "testclient", "item_id": "foo"}""");
    }

    @Test
    void openapi() {
        Map<String, Object> document = Spec.openapi(client);
        assertThat(document.get("openapi")).isEqualTo("3.1.0");
        // The request parameter is not documented: only item_id is a parameter, and there is no body.
        assertThat(Spec.at(document, "paths")).isEqualTo(json("""
                {"/items/{item_id}": {"get": {
                    "operationId": "readRoot_items__item_id__get",
                    "parameters": [{"in": "path", "name": "item_id", "required": true,
                                    "schema": {"title": "Item Id", "type": "string"}}],
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {}}},
                                "description": "Successful Response"},
                        "422": {"content": {"application/json": {"schema": {
                                    "$ref": "#/components/schemas/HTTPValidationError"}}},
                                "description": "Validation Error"}},
                    "summary": "Read Root"}}}"""));
        assertThat(Spec.keys(document, "components", "schemas"))
                .containsExactlyInAnyOrder("HTTPValidationError", "ValidationError");
        assertThat(Spec.component(document, "ValidationError")).isEqualTo(json("""
                {"properties": {
                    "ctx": {"title": "Context", "type": "object"},
                    "input": {"title": "Input"},
                    "loc": {"items": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                            "title": "Location", "type": "array"},
                    "msg": {"title": "Message", "type": "string"},
                    "type": {"title": "Error Type", "type": "string"}},
                 "required": ["loc", "msg", "type"],
                 "title": "ValidationError",
                 "type": "object"}"""));
        assertThat(Spec.component(document, "HTTPValidationError")).isEqualTo(json("""
                {"properties": {"detail": {"items": {"$ref": "#/components/schemas/ValidationError"},
                                           "title": "Detail", "type": "array"}},
                 "title": "HTTPValidationError", "type": "object"}"""));
    }
}
