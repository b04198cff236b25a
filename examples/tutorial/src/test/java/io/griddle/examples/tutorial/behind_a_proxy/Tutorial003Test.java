package io.griddle.examples.tutorial.behind_a_proxy;

import io.griddle.test.TestClient;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_behind_a_proxy/test_tutorial003, as the specification. */
class Tutorial003Test {

    @Test
    void main() {
        try (TestClient client = TestClient.of(Tutorial003.app())) {
            ProxyChecks.main(client);
        }
    }

    @Test
    void openapi() {
        try (TestClient client = TestClient.of(Tutorial003.app())) {
            ProxyChecks.openapi(
                    client,
                    Stream.concat(
                                    Stream.of(Map.<String, Object>of("url", "/api/v1")),
                                    ProxyChecks.STAGING_AND_PRODUCTION.stream())
                            .toList());
        }
    }
}
