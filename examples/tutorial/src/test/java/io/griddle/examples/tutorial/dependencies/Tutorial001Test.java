package io.griddle.examples.tutorial.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FastAPI's tests/test_tutorial/test_dependencies/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/items                       | {\"q\": null, \"skip\": 0, \"limit\": 100}",
                "/items?q=foo                 | {\"q\": \"foo\", \"skip\": 0, \"limit\": 100}",
                "/items?q=foo&skip=5          | {\"q\": \"foo\", \"skip\": 5, \"limit\": 100}",
                "/items?q=foo&skip=5&limit=30 | {\"q\": \"foo\", \"skip\": 5, \"limit\": 30}",
                "/users                       | {\"q\": null, \"skip\": 0, \"limit\": 100}"
            })
    void get(String path, String expected) {
        TestResponse response = client.get(path);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(ExpectedJson.parse(expected));
    }

    static final String COMMON_PARAMETERS = """
            [{"required": false, "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Q"},
              "name": "q", "in": "query"},
             {"required": false, "schema": {"title": "Skip", "type": "integer", "default": 0},
              "name": "skip", "in": "query"},
             {"required": false, "schema": {"title": "Limit", "type": "integer", "default": 100},
              "name": "limit", "in": "query"}]""";

    static String getOperation(String path, String summary, String operationId, String parameters) {
        return """
                "%s": {"get": {
                  "summary": "%s", "operationId": "%s", "parameters": %s,
                  "responses": {"200": {"description": "Successful Response",
                                        "content": {"application/json": {"schema": {}}}},
                                %s}}}""".formatted(path, summary, operationId, parameters, ExpectedJson.VALIDATION_RESPONSE);
    }

    @Test
    void openapiSchema() {
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .isEqualTo(ExpectedJson.openapi(
                        getOperation("/items/", "Read Items", "readItems_items__get", COMMON_PARAMETERS) + ","
                                + getOperation("/users/", "Read Users", "readUsers_users__get", COMMON_PARAMETERS),
                        ""));
    }
}
