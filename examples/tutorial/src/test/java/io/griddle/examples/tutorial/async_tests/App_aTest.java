package io.griddle.examples.tutorial.async_tests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_async_tests/test_main_a (the tutorial's {@code test_root}), as the
 * specification: the request is sent without blocking ({@code await ac.get("/")} is {@code sendAsync()}), and the
 * test goes on from the stage.
 */
class App_aTest {

    @Test
    void root() throws Exception {
        try (TestClient client = TestClient.of(App_a.app())) {
            CompletableFuture<Void> test = client.request("GET", "/")
                    .sendAsync()
                    .thenAccept(response -> {
                        assertThat(response.status()).isEqualTo(200);
                        assertThat(response.json()).isEqualTo(Map.of("message", "Tomato"));
                    });
            test.get(10, SECONDS);
        }
    }

    @Test
    void severalRequestsAwaitedTogether() throws Exception {
        // What an async test buys: requests in flight at once, awaited together (asyncio.gather in Python).
        try (TestClient client = TestClient.of(App_a.app())) {
            List<CompletableFuture<TestResponse>> sent = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                sent.add(client.request("GET", "/").sendAsync());
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture<?>[]::new)).get(10, SECONDS);
            for (CompletableFuture<TestResponse> response : sent) {
                assertThat(response.join().json()).isEqualTo(Map.of("message", "Tomato"));
            }
        }
    }
}
