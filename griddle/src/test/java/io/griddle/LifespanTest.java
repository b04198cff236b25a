package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.http.Request;
import io.griddle.test.TestClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** {@link App#lifespan}: startup fills the state requests read, shutdown runs what startup returned. */
class LifespanTest {

    static final class Reader {
        @Get("/greeting")
        Map<String, Object> greeting(Request request) {
            return Map.of("greeting", request.state().get("greeting"));
        }
    }

    @Test
    void startupFillsTheStateAndShutdownRunsTheReturnedCallback() {
        List<String> events = new CopyOnWriteArrayList<>();
        App app = App.create()
                .lifespan(state -> {
                    events.add("start");
                    state.put("greeting", "hello");
                    return () -> events.add("stop");
                })
                .include(new Reader());
        try (TestClient client = TestClient.of(app)) {
            assertThat(events).containsExactly("start");
            assertThat(client.get("/greeting").json()).isEqualTo(Map.of("greeting", "hello"));
        }
        assertThat(events).containsExactly("start", "stop");
    }

    @Test
    void lifespansRunInOrderWithTheOtherHooks() {
        List<String> events = new CopyOnWriteArrayList<>();
        App app = App.create()
                .onStartup(state -> events.add("hook start"))
                .lifespan(state -> {
                    events.add("lifespan start");
                    return () -> events.add("lifespan stop");
                })
                .onShutdown(state -> events.add("hook stop"));
        try (TestClient client = TestClient.of(app)) {
            assertThat(events).containsExactly("hook start", "lifespan start");
            assertThat(client.get("/").status()).isEqualTo(404);
        }
        assertThat(events).containsExactly("hook start", "lifespan start", "lifespan stop", "hook stop");
    }

    @Test
    void aFailingStartupFailsTheStartWithItsMessage() {
        App app = App.create().lifespan(state -> {
            throw new java.io.IOException("model file missing");
        });
        assertThatThrownBy(() -> TestClient.of(app).close()).hasStackTraceContaining("model file missing");
    }
}
