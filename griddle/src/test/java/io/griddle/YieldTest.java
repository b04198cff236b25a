package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.http.HttpError;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Providers returning {@link Yield}: errors seen before the answer, exits after it or before it. */
class YieldTest {

    static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    static final class OwnerError extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        OwnerError(String owner) {
            super(owner);
        }
    }

    /** Blocking: turns an OwnerError into a 400, lets other errors go on, exits after the response. */
    static final class Username {
        Yield<String> provide() {
            EVENTS.add("open username");
            return Yield.of("Rick")
                    .onError(error -> {
                        EVENTS.add("username saw " + error.getClass().getSimpleName());
                        if (error instanceof OwnerError owner) {
                            throw new HttpError(400, "Owner error: " + owner.getMessage());
                        }
                    })
                    .onExit(() -> EVENTS.add("exit username"));
        }
    }

    /** Async, needs the username: opened after it, so it sees errors first and exits first. */
    static final class Session {
        CompletionStage<Yield<String>> provide(@Depends(Username.class) String user) {
            EVENTS.add("open session");
            return CompletableFuture.completedFuture(Yield.of("session of " + user)
                    .onError(error ->
                            EVENTS.add("session saw " + error.getClass().getSimpleName()))
                    .onExit(() -> EVENTS.add("exit session")));
        }
    }

    /** Exits as soon as the handler is done, before the response. */
    static final class Early {
        Yield<String> provide() {
            return Yield.of("early").onExit(() -> EVENTS.add("exit early")).exitBeforeResponse();
        }
    }

    /** Declared loosely: still unwrapped, and its exit still runs before the response. */
    static final class Loose {
        Object provide() {
            return Yield.of("loose").onExit(() -> EVENTS.add("exit loose")).exitBeforeResponse();
        }
    }

    @SuppressWarnings("unused")
    static final class Items {
        @Get("/items/{id}")
        Map<String, String> item(@Path String id, @Depends(Session.class) String session) {
            EVENTS.add("handler");
            return switch (id) {
                case "plumbus" -> throw new OwnerError("Morty");
                case "missing" -> throw new HttpError(404, "Item not found");
                case "broken" -> throw new IllegalStateException("broken");
                default -> Map.of("id", id, "session", session);
            };
        }

        @Get("/loose")
        String loose(@Depends(Loose.class) String loose) {
            EVENTS.add("handler");
            return loose;
        }

        @Get("/early")
        String early(@Depends(Early.class) String early, @Depends(Username.class) String user) {
            EVENTS.add("handler");
            return early + " " + user;
        }
    }

    private static TestClient client() {
        App app = App.create()
                .use((request, next) -> next.handle(request).thenApply(response -> {
                    EVENTS.add("response");
                    return response;
                }))
                .include(new Items());
        return TestClient.of(app);
    }

    @Test
    void handlersGetTheValueAndExitsRunAfterTheResponseLastOpenedFirst() {
        EVENTS.clear();
        try (TestClient client = client()) {
            TestResponse response = client.get("/items/gun");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo(Map.of("id", "gun", "session", "session of Rick"));
            assertThat(EVENTS)
                    .containsExactly(
                            "open username", "open session", "handler", "response", "exit session", "exit username");
        }
    }

    @Test
    void anErrorHandlerCanAnswerWithAnotherError() {
        EVENTS.clear();
        try (TestClient client = client()) {
            TestResponse response = client.get("/items/plumbus");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json()).isEqualTo(Map.of("detail", "Owner error: Morty"));
            // The session sees the error first; the username turns it into a 400; exits still run.
            assertThat(EVENTS)
                    .containsExactly(
                            "open username",
                            "open session",
                            "handler",
                            "session saw OwnerError",
                            "username saw OwnerError",
                            "response",
                            "exit session",
                            "exit username");
        }
    }

    @Test
    void errorsNotHandledGoOnAsTheyWere() {
        EVENTS.clear();
        try (TestClient client = client()) {
            TestResponse missing = client.get("/items/missing");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json()).isEqualTo(Map.of("detail", "Item not found"));

            TestResponse broken = client.get("/items/broken");
            assertThat(broken.status()).isEqualTo(500);
            assertThat(broken.text()).isEqualTo("Internal Server Error");
            assertThat(EVENTS).contains("username saw HttpError", "username saw IllegalStateException");
        }
    }

    @Test
    void exitBeforeResponseRunsWhenTheHandlerIsDone() {
        EVENTS.clear();
        try (TestClient client = client()) {
            TestResponse response = client.get("/early");

            assertThat(response.text()).isEqualTo("\"early Rick\"");
            assertThat(EVENTS).containsExactly("open username", "handler", "exit early", "response", "exit username");
        }
    }

    @Test
    void aProviderDeclaredAsObjectMayStillYield() {
        EVENTS.clear();
        try (TestClient client = client()) {
            assertThat(client.get("/loose").text()).isEqualTo("\"loose\"");
            assertThat(EVENTS).containsExactly("handler", "exit loose", "response");
        }
    }
}
