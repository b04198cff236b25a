package io.griddle.examples.tutorial.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FastAPI's tests/test_tutorial/test_dependencies/test_tutorial001_tutorial001_02 (tutorial001_02), as the specification. */
class Tutorial001_02Test {

    private final TestClient client = TestClient.of(Tutorial001_02.app());

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

    @Test
    void openapiSchema() {
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .isEqualTo(ExpectedJson.openapi(
                        Tutorial001Test.getOperation(
                                        "/items/",
                                        "Read Items",
                                        "readItems_items__get",
                                        Tutorial001Test.COMMON_PARAMETERS)
                                + ","
                                + Tutorial001Test.getOperation(
                                        "/users/",
                                        "Read Users",
                                        "readUsers_users__get",
                                        Tutorial001Test.COMMON_PARAMETERS),
                        ""));
    }
}
