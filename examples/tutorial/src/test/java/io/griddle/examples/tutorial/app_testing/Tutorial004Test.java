package io.griddle.examples.tutorial.app_testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_testing/test_tutorial004: the tutorial's {@code test_read_items}. */
class Tutorial004Test {

    private static final Map<String, Map<String, String>> BOTH =
            Map.of("foo", Map.of("name", "Fighters"), "bar", Map.of("name", "Tenders"));

    @Test
    void readItems() {
        // Before the lifespan starts, the items are still empty
        assertThat(Tutorial004.ITEMS).isEmpty();
        try (TestClient client = TestClient.of(Tutorial004.app())) {
            // Once the client is open, the lifespan has started and added the items
            assertThat(Tutorial004.ITEMS).isEqualTo(BOTH);
            var response = client.get("/items/foo");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo(Map.of("name", "Fighters"));
            // After the request, the items are still there
            assertThat(Tutorial004.ITEMS).isEqualTo(BOTH);
        }
        // Closing the client ends the lifespan, which cleans the items up
        assertThat(Tutorial004.ITEMS).isEmpty();
    }
}
