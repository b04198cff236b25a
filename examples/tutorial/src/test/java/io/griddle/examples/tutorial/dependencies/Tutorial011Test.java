package io.griddle.examples.tutorial.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FastAPI's tests/test_tutorial/test_dependencies/test_tutorial011, as the specification. */
class Tutorial011Test {

    private final TestClient client = TestClient.of(Tutorial011.app());

    @AfterEach
    void close() {
        client.close();
    }

    @ParameterizedTest
    @CsvSource({"/query-checker/, false", "/query-checker/?q=qwerty, false", "/query-checker/?q=foobar, true"})
    void get(String path, boolean included) {
        TestResponse response = client.get(path);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("fixed_content_in_query", included));
    }

    @Test
    void openapiSchema() {
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .isEqualTo(ExpectedJson.openapi(
                        Tutorial001Test.getOperation(
                                "/query-checker/", "Read Query Check", "readQueryCheck_query_checker__get", """
                [{"required": false, "schema": {"type": "string", "default": "", "title": "Q"},
                  "name": "q", "in": "query"}]"""),
                        ""));
    }
}
