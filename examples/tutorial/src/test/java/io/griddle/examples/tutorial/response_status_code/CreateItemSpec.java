package io.griddle.examples.tutorial.response_status_code;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_response_status_code, as the specification: tutorials 001 and 002 answer and
 * document the same.
 */
abstract class CreateItemSpec {

    private final TestClient client = TestClient.of(app());

    abstract App app();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void createItem() {
        TestResponse response =
                client.request("POST", "/items/").query("name", "Test Item").send();
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json()).isEqualTo(Map.of("name", "Test Item"));
    }

    @Test
    void missingNameIs422() {
        TestResponse response = client.request("POST", "/items/").send();
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(ExpectedJson.parse("""
                {"detail": [{"type": "missing", "loc": ["query", "name"], "msg": "Field required", "input": null}]}"""));
    }

    @Test
    void openapiSchema() {
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .isEqualTo(ExpectedJson.openapi("""
                "/items/": {"post": {
                  "parameters": [{"name": "name", "in": "query", "required": true,
                                  "schema": {"title": "Name", "type": "string"}}],
                  "summary": "Create Item", "operationId": "createItem_items__post",
                  "responses": {"201": {"description": "Successful Response",
                                        "content": {"application/json": {"schema": {}}}},
                                %s}}}""".formatted(ExpectedJson.VALIDATION_RESPONSE), ""));
    }
}
