package io.griddle.examples.tutorial.handling_errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_handling_errors/test_tutorial005, as the specification. */
class Tutorial005Test {

    private final TestClient client = TestClient.of(Tutorial005.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void postValidationError() {
        TestResponse response = client.post("/items/", Map.of("title", "towel", "size", "XL"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(ExpectedJson.parse("""
                {"detail": [{"type": "int_parsing", "loc": ["body", "size"],
                             "msg": "Input should be a valid integer, unable to parse string as an integer",
                             "input": "XL"}],
                 "body": {"title": "towel", "size": "XL"}}"""));
    }

    @Test
    void post() {
        Map<String, Object> data = Map.of("title", "towel", "size", 5);
        TestResponse response = client.post("/items/", data);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(data);
    }

    @Test
    void openapiSchema() {
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .isEqualTo(ExpectedJson.openapi("""
                "/items/": {"post": {
                  "summary": "Create Item", "operationId": "createItem_items__post",
                  "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}},
                                  "required": true},
                  "responses": {"200": {"description": "Successful Response",
                                        "content": {"application/json": {"schema": {}}}},
                                %s}}}""".formatted(ExpectedJson.VALIDATION_RESPONSE), """
                "Item": {"title": "Item", "required": ["title", "size"], "type": "object",
                         "properties": {"title": {"title": "Title", "type": "string"},
                                        "size": {"title": "Size", "type": "integer"}}},"""));
    }
}
