package io.griddle.examples.tutorial.advanced_middleware;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_advanced_middleware/test_tutorial002, as the specification. */
class Tutorial002Test {

    private static int status(String baseUrl) {
        try (TestClient client =
                TestClient.builder(Tutorial002.app()).baseUrl(baseUrl).build()) {
            return client.get("/").status();
        }
    }

    @Test
    void middleware() {
        assertThat(status("http://example.com")).isEqualTo(200);
        assertThat(status("http://subdomain.example.com")).isEqualTo(200);
        assertThat(status("http://invalidhost")).isEqualTo(400);
    }
}
