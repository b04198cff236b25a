package io.griddle.examples.tutorial.response_cookies;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_response_cookies/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void pathOperation() {
        TestResponse response = client.request("POST", "/cookie/").send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("message", "Come to the dark side, we have cookies"));
        assertThat(response.cookies()).containsEntry("fakesession", "fake-cookie-session-value");
        assertThat(response.header("set-cookie"))
                .isEqualTo("fakesession=fake-cookie-session-value; Path=/; SameSite=lax");
    }
}
