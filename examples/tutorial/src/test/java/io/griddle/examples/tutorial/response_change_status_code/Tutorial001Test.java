package io.griddle.examples.tutorial.response_change_status_code;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_response_change_status_code/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void pathOperation() {
        TestResponse response = client.request("PUT", "/get-or-create-task/foo").send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo("Listen to the Bar Fighters");
        response = client.request("PUT", "/get-or-create-task/bar").send();
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json()).isEqualTo("This didn't exist before");
    }
}
