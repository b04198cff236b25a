package io.griddle.examples.tutorial.custom_request_and_route;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_custom_request_and_route/test_tutorial003, as the specification. */
class Tutorial003Test {

    private final TestClient client = TestClient.of(Tutorial003.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void get() {
        TestResponse response = client.get("/");
        assertJson(response, 200, """
                {"message": "Not timed"}""");
        assertThat(response.header("X-Response-Time")).isNull();
    }

    @Test
    void getTimed() {
        TestResponse response = client.get("/timed");
        assertJson(response, 200, """
                {"message": "It's the time of my life"}""");
        assertThat(response.header("X-Response-Time")).isNotNull();
        assertThat(Double.parseDouble(response.header("X-Response-Time"))).isGreaterThanOrEqualTo(0);
    }
}
