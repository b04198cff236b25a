package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.concurrent.Async;
import io.griddle.concurrent.Loop;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import io.griddle.web.BackgroundTasks;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** BackgroundTasks in handlers and dependencies: after the response, in order, blocking or async, failures contained. */
class BackgroundTasksTest {

    static final List<String> LOG = new CopyOnWriteArrayList<>();

    /** A dependency that adds a task of its own, before the handler's. */
    public static final class AuditLog {
        public String provide(@Query("q") java.util.Optional<String> q, BackgroundTasks tasks) {
            q.ifPresent(text -> tasks.add(() -> LOG.add("found query: " + text)));
            return q.orElse(null);
        }
    }

    static final class Notifications {
        @Post("/send-notification/{email}")
        public Map<String, String> send(
                @Path String email, BackgroundTasks tasks, @Depends(AuditLog.class) String query) {
            LOG.add("handler");
            tasks.add(() -> {
                LOG.add("blocking on loop? " + (Loop.current() != null) + " virtual "
                        + Thread.currentThread().isVirtual());
                LOG.add("notification for " + email);
            });
            return Map.of("message", "Message sent");
        }

        @Get("/async")
        public CompletionStage<Map<String, String>> async(BackgroundTasks tasks) {
            tasks.addAsync(() -> Async.sleep(Duration.ofMillis(50)).thenRun(() -> LOG.add("slow async")));
            tasks.addAsync(() -> {
                LOG.add("async on loop " + (Loop.current() != null));
                return CompletableFuture.completedFuture(null);
            });
            return CompletableFuture.completedFuture(Map.of("ok", "yes"));
        }

        @Get("/failing")
        public Map<String, String> failing(BackgroundTasks tasks) {
            tasks.add(() -> {
                throw new IllegalStateException("task broke");
            });
            tasks.addAsync(() -> CompletableFuture.failedFuture(new IllegalStateException("async broke")));
            tasks.addAsync(() -> {
                throw new IllegalStateException("supplier broke");
            });
            tasks.add(() -> LOG.add("still ran"));
            return Map.of("ok", "yes");
        }
    }

    @Test
    void tasksRunAfterTheResponseInTheOrderAddedDependenciesFirst() {
        LOG.clear();
        try (TestClient client = TestClient.of(App.create()
                .use((request, next) -> next.handle(request).thenApply(response -> {
                    LOG.add("response out of the middleware");
                    return response;
                }))
                .include(new Notifications()))) {
            TestResponse response = client.post("/send-notification/foo@example.com?q=some-query", Map.of());
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo(Map.of("message", "Message sent"));
            assertThat(LOG)
                    .containsExactly(
                            "handler",
                            "response out of the middleware",
                            "found query: some-query",
                            "blocking on loop? false virtual true",
                            "notification for foo@example.com");
        }
    }

    @Test
    void asyncTasksRunOnTheLoopEachAwaitedBeforeTheNext() {
        LOG.clear();
        try (TestClient client = TestClient.of(App.create().include(new Notifications()))) {
            assertThat(client.get("/async").status()).isEqualTo(200);
            assertThat(LOG).containsExactly("slow async", "async on loop true");
        }
    }

    @Test
    void aFailingTaskIsLoggedWithTheRouteAndLeavesTheResponseAndTheOtherTasksAlone() {
        LOG.clear();
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> errors =
                new ch.qos.logback.core.read.ListAppender<>();
        ch.qos.logback.classic.Logger logger =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("griddle.error");
        errors.start();
        logger.addAppender(errors);
        try (TestClient client = TestClient.of(App.create().include(new Notifications()))) {
            TestResponse response = client.get("/failing");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo(Map.of("ok", "yes"));
            assertThat(LOG).containsExactly("still ran");
        } finally {
            logger.detachAppender(errors);
        }
        assertThat(errors.list.stream().map(e -> e.getFormattedMessage()).toList())
                .containsExactly(
                        "Background task failed after GET /failing",
                        "Background task failed after GET /failing",
                        "Background task failed after GET /failing");
        assertThat(errors.list.stream()
                        .map(e -> e.getThrowableProxy().getMessage())
                        .toList())
                .containsExactly("task broke", "async broke", "supplier broke");
    }

    @Test
    void backgroundTasksAreNotADocumentedParameter() {
        App app = App.create().include(new Notifications());
        String document = io.griddle.http.Json.mapper().writeValueAsString(app.openapi());
        assertThat(document).doesNotContain("BackgroundTasks").doesNotContain("\"tasks\"");
    }
}
