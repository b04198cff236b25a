package io.griddle.examples.tutorial.behind_a_proxy;

import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_behind_a_proxy/test_tutorial004, as the specification. */
class Tutorial004Test {

    @Test
    void main() {
        try (TestClient client = TestClient.of(Tutorial004.app())) {
            ProxyChecks.main(client);
        }
    }

    @Test
    void openapi() {
        try (TestClient client = TestClient.of(Tutorial004.app())) {
            ProxyChecks.openapi(client, ProxyChecks.STAGING_AND_PRODUCTION);
        }
    }
}
