package io.griddle.examples.tutorial.behind_a_proxy;

import io.griddle.test.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_behind_a_proxy/test_tutorial001, as the specification. */
class Tutorial001Test {

    private static TestClient client() {
        return TestClient.builder(Tutorial001.app()).rootPath("/api/v1").build();
    }

    @Test
    void main() {
        try (TestClient client = client()) {
            ProxyChecks.main(client);
        }
    }

    @Test
    void openapi() {
        try (TestClient client = client()) {
            ProxyChecks.openapi(client, List.of(Map.of("url", "/api/v1")));
        }
    }
}
