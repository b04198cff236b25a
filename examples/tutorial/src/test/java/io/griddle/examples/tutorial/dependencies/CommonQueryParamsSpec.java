package io.griddle.examples.tutorial.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * FastAPI's tests/test_tutorial/test_dependencies/test_tutorial002_tutorial003_tutorial004, as the specification:
 * the three ways of declaring the class dependency answer and document the same.
 */
abstract class CommonQueryParamsSpec {

    private final TestClient client = TestClient.of(app());

    abstract App app();

    @AfterEach
    void close() {
        client.close();
    }

    private static final String FOO = "{\"item_name\": \"Foo\"}";
    private static final String BAR = "{\"item_name\": \"Bar\"}";
    private static final String BAZ = "{\"item_name\": \"Baz\"}";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/items                        | {\"items\": [" + FOO + "," + BAR + "," + BAZ + "]}",
                "/items?q=foo                  | {\"items\": [" + FOO + "," + BAR + "," + BAZ + "], \"q\": \"foo\"}",
                "/items?q=foo&skip=1           | {\"items\": [" + BAR + "," + BAZ + "], \"q\": \"foo\"}",
                "/items?q=bar&limit=2          | {\"items\": [" + FOO + "," + BAR + "], \"q\": \"bar\"}",
                "/items?q=bar&skip=1&limit=1   | {\"items\": [" + BAR + "], \"q\": \"bar\"}",
                "/items?limit=1&q=bar&skip=1   | {\"items\": [" + BAR + "], \"q\": \"bar\"}"
            })
    void get(String path, String expected) {
        TestResponse response = client.get(path);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(ExpectedJson.parse(expected));
    }

    @Test
    void openapiSchema() {
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .isEqualTo(ExpectedJson.openapi(
                        Tutorial001Test.getOperation(
                                "/items/", "Read Items", "readItems_items__get", Tutorial001Test.COMMON_PARAMETERS),
                        ""));
    }
}
