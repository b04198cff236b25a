package io.griddle.examples.tutorial.header_params;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_header_params/test_tutorial003, as the specification. */
class Tutorial003Test {

    private final TestClient client = TestClient.of(Tutorial003.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void noHeader() {
        TestResponse response = client.get("/items");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Collections.singletonMap("X-Token values", null));
    }

    @Test
    void oneHeader() {
        TestResponse response =
                client.request("GET", "/items").header("x-token", "foo").send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("X-Token values", List.of("foo")));
    }

    @Test
    void repeatedHeader() {
        TestResponse response = client.request("GET", "/items")
                .header("x-token", "foo")
                .header("x-token", "bar")
                .send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("X-Token values", List.of("foo", "bar")));
    }

    @Test
    void openapiSchema() {
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .isEqualTo(ExpectedJson.openapi("""
                "/items/": {"get": {
                  "summary": "Read Items", "operationId": "readItems_items__get",
                  "parameters": [{"required": false,
                                  "schema": {"title": "X-Token",
                                             "anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "null"}]},
                                  "name": "x-token", "in": "header"}],
                  "responses": {"200": {"description": "Successful Response",
                                        "content": {"application/json": {"schema": {}}}},
                                %s}}}""".formatted(ExpectedJson.VALIDATION_RESPONSE), ""));
    }
}
