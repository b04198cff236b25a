package io.griddle.examples.tutorial.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_dependencies/test_tutorial008c, as the specification. Starlette's client
 * re-raises the server's exception by default; Griddle's answers as the server would, so the portal gun is checked
 * as FastAPI's {@code raise_server_exceptions=False} case: a plain 500.
 */
class Tutorial008cTest {

    private final TestClient client = TestClient.of(Tutorial008c.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void getNoItem() {
        TestResponse response = client.get("/items/foo");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Item not found, there's only a plumbus here"));
    }

    @Test
    void get() {
        TestResponse response = client.get("/items/plumbus");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo("plumbus");
    }

    @Test
    void internalServerError() {
        TestResponse response = client.get("/items/portal-gun");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.text()).isEqualTo("Internal Server Error");
    }
}
