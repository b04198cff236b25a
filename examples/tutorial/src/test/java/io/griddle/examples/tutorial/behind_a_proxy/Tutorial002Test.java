package io.griddle.examples.tutorial.behind_a_proxy;

import io.griddle.test.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_behind_a_proxy/test_tutorial002, as the specification. */
class Tutorial002Test {

    @Test
    void main() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            ProxyChecks.main(client);
        }
    }

    @Test
    void openapi() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            ProxyChecks.openapi(client, List.of(Map.of("url", "/api/v1")));
        }
    }
}
