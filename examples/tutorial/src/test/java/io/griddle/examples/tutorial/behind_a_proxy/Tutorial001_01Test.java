package io.griddle.examples.tutorial.behind_a_proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_behind_a_proxy/test_tutorial001_01, as the specification. FastAPI's client has
 * {@code base_url="https://example.com"}; Griddle's TestClient sends the host header, and its scheme is http.
 */
class Tutorial001_01Test {

    private static TestClient client() {
        return TestClient.builder(Tutorial001_01.app()).followRedirects(false).build();
    }

    @Test
    void redirect() {
        try (TestClient client = client()) {
            TestResponse response = client.request("GET", "/items")
                    .header("host", "example.com")
                    .send();
            assertThat(response.status()).isEqualTo(307);
            assertThat(response.header("location")).isEqualTo("http://example.com/items/");
        }
    }

    @Test
    void noRedirect() {
        try (TestClient client = client()) {
            Spec.assertJson(client.get("/items/"), 200, """
                    ["plumbus", "portal gun"]""");
        }
    }
}
