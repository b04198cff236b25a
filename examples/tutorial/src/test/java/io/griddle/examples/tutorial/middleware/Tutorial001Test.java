package io.griddle.examples.tutorial.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_middleware/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void responseHeaders() {
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Process-Time")).isNotNull();
        assertThat(Double.parseDouble(response.header("X-Process-Time"))).isGreaterThanOrEqualTo(0);
    }

    @Test
    void openapiSchema() {
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        Map<?, ?> document = (Map<?, ?>) response.json();
        assertThat(document.get("openapi")).isEqualTo("3.1.0");
        assertThat(document.get("info")).isEqualTo(Map.of("title", "Griddle", "version", "0.1.0"));
        assertThat(document.get("paths")).isEqualTo(Map.of());
    }
}
