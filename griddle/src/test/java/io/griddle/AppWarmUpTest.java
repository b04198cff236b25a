package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An {@link App}'s warm-up: run once by its host, with the framework's part and the ones added to its web app. */
class AppWarmUpTest {

    @SuppressWarnings("unused")
    static final class Login {
        @Post("/login")
        Map<String, String> login(@Form String username) {
            return Map.of("username", username);
        }
    }

    @Test
    void theHostRunsTheWarmUpOnceAndTheFormRouteServesAfterIt() {
        AtomicInteger parts = new AtomicInteger();
        App app = App.create().include(new Login());
        app.web().onWarmUp(parts::incrementAndGet);

        try (TestClient client = TestClient.of(app)) {
            assertThat(parts).hasValue(1);
            app.warmUp();
            assertThat(parts).hasValue(1);

            assertThat(client.request("POST", "/login")
                            .form(Map.of("username", "ann"))
                            .send()
                            .json())
                    .isEqualTo(Map.of("username", "ann"));
        }
    }
}
