package io.griddle.examples.tutorial.advanced_middleware;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_advanced_middleware/test_tutorial003, as the specification. Griddle's test
 * client hands back the body as sent, so the test inflates it (httpx does that by itself).
 */
class Tutorial003Test {

    @Test
    void middleware() throws Exception {
        var app = Tutorial003.app()
                .route(
                        Set.of("GET"),
                        "/large",
                        Endpoint.async(request -> CompletableFuture.completedFuture(Response.text("x".repeat(4000)))));
        try (TestClient client = TestClient.of(app)) {
            TestResponse response = client.request("GET", "/large")
                    .header("accept-encoding", "gzip")
                    .send();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
            assertThat(Integer.parseInt(response.header("Content-Length"))).isLessThan(4000);
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.bytes()))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo("x".repeat(4000));
            }
            TestResponse small = client.get("/");
            assertThat(small.status()).isEqualTo(200);
            assertThat(small.json()).isEqualTo("somebigcontent");
        }
    }
}
