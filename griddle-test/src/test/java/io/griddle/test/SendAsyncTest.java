package io.griddle.test;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.http.HttpError;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** {@link TestRequest#sendAsync()}: responses as stages, several requests in flight at once, errors in the stage. */
class SendAsyncTest {

    @Test
    void theStageCompletesWithTheResponse() throws Exception {
        WebApp app = new WebApp().get("/", Endpoint.blocking(request -> Map.of("message", "Tomato")));
        try (TestClient client = TestClient.of(app)) {
            TestResponse response = client.request("GET", "/").sendAsync().get(5, SECONDS);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo(Map.of("message", "Tomato"));
        }
    }

    @Test
    void requestsSentAsyncAreInFlightTogether() throws Exception {
        // Each handler waits until both have arrived: with sequential sends the first would never finish.
        CountDownLatch both = new CountDownLatch(2);
        WebApp app = new WebApp().get("/wait", Endpoint.blocking(request -> {
            both.countDown();
            return both.await(5, SECONDS) ? "met" : "alone";
        }));
        try (TestClient client = TestClient.of(app)) {
            CompletableFuture<TestResponse> first =
                    client.request("GET", "/wait").sendAsync();
            CompletableFuture<TestResponse> second =
                    client.request("GET", "/wait").sendAsync();
            assertThat(first.get(10, SECONDS).json()).isEqualTo("met");
            assertThat(second.get(10, SECONDS).json()).isEqualTo("met");
        }
    }

    @Test
    void whatTheApplicationRaisesFailsTheStage() {
        try (TestClient client = TestClient.of((scope, receive, send) -> {
            if (scope instanceof io.griddle.gateway.HttpScope) {
                return CompletableFuture.failedFuture(new IllegalStateException("app crashed"));
            }
            return CompletableFuture.completedFuture(null);
        })) {
            assertThatThrownBy(() -> client.request("GET", "/").sendAsync().get(5, SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("app crashed");
        }
    }

    @Test
    void errorResponsesAreResponses() throws Exception {
        WebApp app = new WebApp().get("/teapot", Endpoint.blocking(request -> {
            throw new HttpError(418, "teapot");
        }));
        try (TestClient client = TestClient.of(app)) {
            assertThat(client.request("GET", "/teapot")
                            .sendAsync()
                            .get(5, SECONDS)
                            .status())
                    .isEqualTo(418);
        }
    }
}
