package io.griddle.examples.tutorial.response_headers;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_response_headers/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void pathOperation() {
        TestResponse response = client.get("/headers/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("message", "Hello World"));
        assertThat(response.header("X-Cat-Dog")).isEqualTo("alone in the world");
        assertThat(response.header("Content-Language")).isEqualTo("en-US");
    }
}
