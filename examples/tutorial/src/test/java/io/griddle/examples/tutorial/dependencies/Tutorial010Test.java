package io.griddle.examples.tutorial.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_dependencies/test_tutorial010, as the specification. */
class Tutorial010Test {

    @Test
    void getDb() {
        try (TestClient client = TestClient.of(Tutorial010.app())) {
            TestResponse response = client.get("/");

            assertThat(response.status()).isEqualTo(200);
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) response.json();
            assertThat(body).containsOnlyKeys("c");
            assertThat((String) body.get("c")).matches("DBSession#\\d+");
        }
    }
}
