package io.griddle.examples.tutorial.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestRequest;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FastAPI's tests/test_tutorial/test_dependencies/test_tutorial005, as the specification. */
class Tutorial005Test {

    private final TestClient client = TestClient.of(Tutorial005.app());

    @AfterEach
    void close() {
        client.close();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "/items       | -              | {\"q_or_cookie\": null}",
                "/items?q=foo | -              | {\"q_or_cookie\": \"foo\"}",
                "/items       | last_query=bar | {\"q_or_cookie\": \"bar\"}",
                "/items?q=foo | last_query=bar | {\"q_or_cookie\": \"foo\"}"
            })
    void get(String path, String cookies, String expected) {
        TestRequest request = client.request("GET", path);
        TestResponse response = (cookies == null ? request : request.header("cookie", cookies)).send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(ExpectedJson.parse(expected));
    }

    @Test
    void openapiSchema() {
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .isEqualTo(ExpectedJson.openapi(
                        Tutorial001Test.getOperation("/items/", "Read Query", "readQuery_items__get", """
                [{"required": false, "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Q"},
                  "name": "q", "in": "query"},
                 {"required": false, "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Last Query"},
                  "name": "last_query", "in": "cookie"}]"""), ""));
    }
}
