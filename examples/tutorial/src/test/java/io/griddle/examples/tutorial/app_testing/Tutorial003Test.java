package io.griddle.examples.tutorial.app_testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_testing/test_tutorial003: the tutorial's {@code test_read_items}. */
class Tutorial003Test {

    @Test
    void readItems() {
        try (TestClient client = TestClient.of(Tutorial003.app())) {
            var response = client.get("/items/foo");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo(Map.of("name", "Fighters"));
        }
    }
}
