package io.griddle.examples.tutorial.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_dependencies/test_tutorial008b, as the specification. */
class Tutorial008bTest {

    private final TestClient client = TestClient.of(Tutorial008b.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void getNoItem() {
        TestResponse response = client.get("/items/foo");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Item not found"));
    }

    @Test
    void ownerError() {
        TestResponse response = client.get("/items/plumbus");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Owner error: Rick"));
    }

    @Test
    void getItem() {
        TestResponse response = client.get("/items/portal-gun");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("description", "Gun to create portals", "owner", "Rick"));
    }
}
