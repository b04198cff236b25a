package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.concurrent.Async;
import io.griddle.concurrent.Loop;
import io.griddle.routing.Endpoint;
import io.griddle.routing.Route;
import io.griddle.test.TestClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where an annotated handler runs is its endpoint's kind, whatever the route reads first: a blocking handler with a
 * body or dependencies is a blocking endpoint (as tools see it through {@code WebApp.routes()}); its body is read and
 * its async providers awaited on the loop, then its blocking providers, the handler and the JSON rendering run on one
 * blocking thread.
 */
class DispatchTest {

    static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    private static String where() {
        return (Loop.current() != null ? "loop " : "thread ")
                + Thread.currentThread().getName();
    }

    /** Written by Jackson: the getter tells where the JSON was rendered. */
    public static final class Rendered {
        private final String handler;

        Rendered(String handler) {
            this.handler = handler;
        }

        public String getHandler() {
            return handler;
        }

        public String getRendered() {
            return where();
        }
    }

    record Order(String burger) {}

    static final class AsyncUser {
        CompletionStage<String> provide() {
            EVENTS.add("async provider on " + (Loop.current() != null ? "loop" : "thread"));
            return Async.sleep(Duration.ofMillis(1)).thenApply(v -> "ann");
        }
    }

    static final class BlockingSession {
        String provide(@Depends(AsyncUser.class) String user) {
            EVENTS.add("blocking provider on " + where());
            return "session of " + user;
        }
    }

    @SuppressWarnings("unused")
    static final class Kitchen {
        @Post("/orders")
        Rendered order(@Body Order order) {
            return new Rendered(where());
        }

        @Get("/session")
        Rendered session(@Depends(BlockingSession.class) String session) {
            EVENTS.add("handler on " + where());
            return new Rendered(where());
        }

        @Post("/quick")
        @NonBlocking
        Rendered quick(@Body Order order) {
            return new Rendered(where());
        }
    }

    private App app;
    private TestClient client;

    @BeforeEach
    void start() {
        EVENTS.clear();
        app = App.create().include(new Kitchen());
        client = TestClient.of(app);
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private Endpoint.Kind kind(String path) {
        return app.web().routes().stream()
                .filter(route -> route.path().template().equals(path))
                .map(Route::endpoint)
                .map(Endpoint::kind)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aBlockingHandlerWithABodyIsABlockingEndpoint() {
        assertThat(kind("/orders")).isEqualTo(Endpoint.Kind.BLOCKING);
        assertThat(kind("/session")).isEqualTo(Endpoint.Kind.BLOCKING);
        assertThat(kind("/quick")).isEqualTo(Endpoint.Kind.ASYNC);
    }

    @Test
    void aBlockingHandlersJsonIsRenderedOnItsThread() {
        Map<?, ?> body =
                (Map<?, ?>) client.post("/orders", Map.of("burger", "classic")).json();

        assertThat((String) body.get("handler")).startsWith("thread griddle-blocking-");
        assertThat(body.get("rendered")).isEqualTo(body.get("handler"));
    }

    @Test
    void anAsyncHandlersJsonIsRenderedOnTheLoop() {
        Map<?, ?> body =
                (Map<?, ?>) client.post("/quick", Map.of("burger", "classic")).json();

        assertThat((String) body.get("handler")).startsWith("loop ");
        assertThat(body.get("rendered")).isEqualTo(body.get("handler"));
    }

    @Test
    void theBlockingProviderBeforeTheHandlerSharesItsHopAfterTheAsyncOneRanOnTheLoop() {
        Map<?, ?> body = (Map<?, ?>) client.get("/session").json();

        String handler = (String) body.get("handler");
        assertThat(handler).startsWith("thread griddle-blocking-");
        assertThat(body.get("rendered")).isEqualTo(handler);
        assertThat(EVENTS)
                .containsExactly("async provider on loop", "blocking provider on " + handler, "handler on " + handler);
    }
}
