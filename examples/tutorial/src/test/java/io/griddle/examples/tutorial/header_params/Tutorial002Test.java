package io.griddle.examples.tutorial.header_params;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_header_params/test_tutorial002, as the specification. */
class Tutorial002Test {

    private final TestClient client = TestClient.of(Tutorial002.app());

    @AfterEach
    void close() {
        client.close();
    }

    private static final Map<String, Object> NONE = Collections.singletonMap("strange_header", null);

    @Test
    void noHeader() {
        TestResponse response = client.get("/items");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(NONE);
    }

    @Test
    void otherHeader() {
        TestResponse response =
                client.request("GET", "/items").header("X-Header", "notvalid").send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(NONE);
    }

    @Test
    void underscoreHeaderIsRead() {
        TestResponse response = client.request("GET", "/items")
                .header("strange_header", "FastAPI test")
                .send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("strange_header", "FastAPI test"));
    }

    @Test
    void hyphenatedSpellingIsAnotherHeader() {
        TestResponse response = client.request("GET", "/items")
                .header("strange-header", "Not really underscore")
                .send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(NONE);
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
                                  "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Strange Header"},
                                  "name": "strange_header", "in": "header"}],
                  "responses": {"200": {"description": "Successful Response",
                                        "content": {"application/json": {"schema": {}}}},
                                %s}}}""".formatted(ExpectedJson.VALIDATION_RESPONSE), ""));
    }
}
