package io.griddle.examples.tutorial.app_testing;

import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_testing/test_tutorial001, as the specification; {@link #readMain} is the
 * tutorial's own {@code test_read_main}.
 */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void readMain() {
        var response = client.get("/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("msg", "Hello World"));
    }

    @Test
    void openapiSchema() {
        assertThat(Spec.at(Spec.openapi(client), "paths")).isEqualTo(json("""
                {"/": {"get": {
                    "responses": {"200": {"description": "Successful Response",
                                          "content": {"application/json": {"schema": {}}}}},
                    "summary": "Read Main",
                    "operationId": "readMain__get"}}}"""));
    }
}
