package io.griddle.examples.tutorial.advanced_middleware;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_advanced_middleware/test_tutorial001, as the specification. */
class Tutorial001Test {

    @Test
    void middleware() {
        try (TestClient secure = TestClient.builder(Tutorial001.app())
                .baseUrl("https://testserver")
                .build()) {
            assertThat(secure.get("/").status()).isEqualTo(200);
        }
        try (TestClient plain = TestClient.builder(Tutorial001.app())
                .baseUrl("http://testserver")
                .followRedirects(false)
                .build()) {
            TestResponse response = plain.get("/");
            assertThat(response.status()).isEqualTo(307);
            assertThat(response.header("location")).isEqualTo("https://testserver/");
        }
    }
}
