package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.concurrent.Async;
import io.griddle.http.HttpError;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DependenciesTest {

    /** What happened, in order, across threads. */
    static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    /** A resource closed after the response. */
    record Session(int id, String openedOn) implements AutoCloseable {
        @Override
        public void close() {
            EVENTS.add("close " + id + " on "
                    + (Thread.currentThread().getName().startsWith("griddle-blocking") ? "thread" : "loop"));
        }
    }

    static final class DbSession {
        private final AtomicInteger opened = new AtomicInteger();

        Session provide() { // blocking: runs on the blocking executor
            EVENTS.add("open");
            return new Session(opened.incrementAndGet(), Thread.currentThread().getName());
        }
    }

    record Paging(String q, int skip, int limit) {}

    static final class CommonParams {
        Paging provide(@Query Optional<String> q, @Query @Default("0") int skip, @Query @Default("100") int limit) {
            return new Paging(q.orElse(null), skip, limit);
        }
    }

    /** Async: waits on the loop, needs the session too (which is made once per request). */
    static final class CurrentUser {
        CompletionStage<String> provide(@Header("x-user") String user, @Depends(DbSession.class) Session session) {
            return Async.sleep(Duration.ofMillis(1)).thenApply(v -> user + "@" + session.id());
        }
    }

    static final class VerifyToken {
        void provide(@Header("x-token") String token) {
            if (!token.equals("fake-super-secret-token")) {
                throw new HttpError(400, "X-Token header invalid");
            }
        }
    }

    record Answer(String user, int session, String sessionThread, Paging paging, String handlerThread) {}

    @SuppressWarnings("unused")
    static final class Items {
        @Get("/items")
        Answer items(
                @Depends(CommonParams.class) Paging paging,
                @Depends(DbSession.class) Session session,
                @Depends(CurrentUser.class) String user) {
            EVENTS.add("handler");
            return new Answer(
                    user,
                    session.id(),
                    session.openedOn(),
                    paging,
                    Thread.currentThread().getName());
        }

        @Get("/async-items")
        CompletionStage<Answer> asyncItems(@Depends(DbSession.class) Session session) {
            return Async.sleep(Duration.ofMillis(1))
                    .thenApply(v -> new Answer(
                            null,
                            session.id(),
                            session.openedOn(),
                            null,
                            Thread.currentThread().getName()));
        }
    }

    @Dependencies(VerifyToken.class)
    @SuppressWarnings("unused")
    static final class Guarded {
        @Get("/guarded")
        String guarded() {
            return "in";
        }
    }

    @Test
    void providersRunOncePerRequestWhereTheirKindSaysAndResourcesCloseAfterTheResponse() {
        EVENTS.clear();
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            TestResponse response = client.request("GET", "/items?q=burger&limit=5")
                    .header("x-user", "dave")
                    .send();

            Answer answer = response.json(Answer.class);
            assertThat(answer.user()).isEqualTo("dave@1");
            assertThat(answer.session()).isEqualTo(1);
            assertThat(answer.sessionThread()).startsWith("griddle-blocking-");
            assertThat(answer.handlerThread()).startsWith("griddle-blocking-");
            assertThat(answer.paging()).isEqualTo(new Paging("burger", 0, 5));
            // Opened once though two parameters need it; closed on a blocking thread after the response was sent.
            assertThat(EVENTS).containsExactly("open", "handler", "close 1 on thread");

            EVENTS.clear();
            Answer async = client.get("/async-items").json(Answer.class);
            assertThat(async.handlerThread()).isEqualTo("griddle-test-loop-0");
            assertThat(async.sessionThread()).startsWith("griddle-blocking-");
            assertThat(EVENTS).containsExactly("open", "close 2 on thread");
        }
    }

    @Test
    void problemsOfProvidersAndHandlerAreReportedTogether() {
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            TestResponse response = client.get("/items?limit=many");

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.text())
                    .isEqualTo(
                            "{\"detail\":["
                                    + "{\"type\":\"int_parsing\",\"loc\":[\"query\",\"limit\"],"
                                    + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"many\"},"
                                    + "{\"type\":\"missing\",\"loc\":[\"header\",\"x-user\"],\"msg\":\"Field required\",\"input\":null}]}");
        }
    }

    @Test
    void dependenciesForTheirEffectPerControllerAndAppWide() {
        try (TestClient client = TestClient.of(App.create().include(new Guarded()))) {
            assertThat(client.request("GET", "/guarded")
                            .header("x-token", "fake-super-secret-token")
                            .send()
                            .text())
                    .isEqualTo("\"in\"");
            TestResponse wrong =
                    client.request("GET", "/guarded").header("x-token", "nope").send();
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.text()).isEqualTo("{\"detail\":\"X-Token header invalid\"}");
        }
        try (TestClient client =
                TestClient.of(App.create().dependencies(VerifyToken.class).include(new Items()))) {
            assertThat(client.get("/async-items").status()).isEqualTo(422);
        }
        assertThatThrownBy(() -> App.create().include(new Items()).dependencies(VerifyToken.class))
                .isInstanceOf(IllegalStateException.class);
    }

    static final class FakeSession {
        Session provide() {
            return new Session(99, "fake");
        }
    }

    @Test
    void providersCanBeOverriddenInTests() {
        EVENTS.clear();
        App app = App.create().include(new Items());
        try (TestClient client = TestClient.of(app)) {
            app.dependencyOverrides().put(DbSession.class, new FakeSession());
            assertThat(client.get("/async-items").json(Answer.class).session()).isEqualTo(99);

            app.dependencyOverrides().clear();
            assertThat(client.get("/async-items").json(Answer.class).session()).isEqualTo(1);
        }
    }

    @Test
    void aRegisteredInstanceIsUsed() {
        DbSession shared = new DbSession();
        shared.provide();
        App app = App.create().provide(DbSession.class, shared).include(new Items());
        try (TestClient client = TestClient.of(app)) {
            assertThat(client.get("/async-items").json(Answer.class).session()).isEqualTo(2);
        }
    }

    static final class Chicken {
        String provide(@Depends(Egg.class) String egg) {
            return egg;
        }
    }

    static final class Egg {
        String provide(@Depends(Chicken.class) String chicken) {
            return chicken;
        }
    }

    @SuppressWarnings("unused")
    static final class Farm {
        @Get("/farm")
        String farm(@Depends(Chicken.class) String first) {
            return first;
        }
    }

    @Test
    void cyclesAndNonProvidersFailAtStartup() {
        assertThatThrownBy(() -> App.create().include(new Farm()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dependency cycle");
        assertThatThrownBy(() -> App.create().dependencies(String.class).include(new Items()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a method named provide");
    }
}
