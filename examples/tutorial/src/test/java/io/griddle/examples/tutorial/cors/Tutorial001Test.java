package io.griddle.examples.tutorial.cors;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_cors/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void cors() {
        TestResponse preflight = client.request("OPTIONS", "/")
                .header("Origin", "https://localhost.tiangolo.com")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "X-Example")
                .send();
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.text()).isEqualTo("OK");
        assertThat(preflight.header("access-control-allow-origin")).isEqualTo("https://localhost.tiangolo.com");
        assertThat(preflight.header("access-control-allow-headers")).isEqualTo("X-Example");

        TestResponse simple = client.request("GET", "/")
                .header("Origin", "https://localhost.tiangolo.com")
                .send();
        assertThat(simple.status()).isEqualTo(200);
        assertThat(simple.json()).isEqualTo(Map.of("message", "Hello World"));
        assertThat(simple.header("access-control-allow-origin")).isEqualTo("https://localhost.tiangolo.com");

        TestResponse plain = client.get("/");
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.json()).isEqualTo(Map.of("message", "Hello World"));
        assertThat(plain.header("access-control-allow-origin")).isNull();
    }
}
