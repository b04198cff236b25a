package io.griddle.examples.tutorial.first_steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_first_steps, as the specification. */
class Tutorial001Test {

    @Test
    void getRoot() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            var response = client.get("/");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo(Map.of("message", "Hello World"));
        }
    }

    @Test
    void unknownPathIs404() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            var response = client.get("/nonexistent");
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.json()).isEqualTo(Map.of("detail", "Not Found"));
        }
    }
}
