package io.griddle.examples.tutorial.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_dependencies/test_tutorial008e, as the specification; here also that the
 * cleanup ran before the response went out (a middleware notes when the response passes it).
 */
class Tutorial008eTest {

    @Test
    void getUsersMe() {
        List<String> log = new CopyOnWriteArrayList<>();
        App app = Tutorial008e.app(log)
                .use((request, next) -> next.handle(request).thenApply(response -> {
                    log.add("response");
                    return response;
                }));
        try (TestClient client = TestClient.of(app)) {
            TestResponse response = client.get("/users/me");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo("Rick");
            assertThat(log).containsExactly("Cleanup up before response is sent", "response");
        }
    }
}
