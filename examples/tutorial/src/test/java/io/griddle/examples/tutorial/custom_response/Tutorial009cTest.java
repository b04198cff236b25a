package io.griddle.examples.tutorial.custom_response;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_custom_response/test_tutorial009c, as the specification. */
class Tutorial009cTest {

    private final TestClient client = TestClient.of(Tutorial009c.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void getIndentedJson() {
        TestResponse response = client.get("/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).isEqualTo("application/json");
        assertThat(response.text()).isEqualTo("{\n  \"message\": \"Hello World\"\n}");
    }
}
