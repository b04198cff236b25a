package io.griddle.web;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.concurrent.Async;
import io.griddle.concurrent.Concurrency;
import io.griddle.concurrent.Loop;
import io.griddle.gateway.Headers;
import io.griddle.http.Request;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An endpoint prepared on the loop runs its handler where its kind says, and its result is rendered once, there:
 * the one place that decides is the endpoint's dispatch, whether the endpoint is plain or prepared.
 */
class PreparedEndpointTest {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private Concurrency concurrency;
    private WebApp app;
    private GatewayDriver client;

    @BeforeEach
    void setUp() {
        concurrency = Concurrency.defaults();
        Loop loop = concurrency.startLoop("prepared-test-loop");
        app = new WebApp();
        client = new GatewayDriver(app, loop);
    }

    @AfterEach
    void tearDown() {
        concurrency.close();
    }

    private static String where() {
        return Loop.current() != null
                ? "loop"
                : Thread.currentThread().getName().startsWith("griddle-blocking-")
                        ? "blocking thread"
                        : Thread.currentThread().getName();
    }

    // Records where it renders, and how often.
    private Function<Object, Response> render() {
        return value -> {
            events.add("render " + value + " on " + where());
            return Response.text(String.valueOf(value));
        };
    }

    /** Reads the body on the loop (asynchronously), then hands it to the handler. */
    private Endpoint.Prepared<String> readingTheBody(Function<String, Object> handler) {
        return new Endpoint.Prepared<>() {
            @Override
            public CompletionStage<Response> prepare(Request request, Endpoint.Runner<String> run) {
                events.add("prepare on " + where());
                return request.text().thenCompose(run::run);
            }

            @Override
            public Object invoke(String body) {
                events.add("invoke on " + where());
                return handler.apply(body);
            }
        };
    }

    @Test
    void aBlockingPreparedEndpointIsPreparedOnTheLoopAndRunAndRenderedOnItsThread() throws Exception {
        app.post("/orders", Endpoint.of(Endpoint.Kind.BLOCKING, readingTheBody(body -> "got " + body), render()));

        GatewayDriver.Answer answer = client.send("POST", "/orders", Headers.EMPTY, "classic".getBytes());

        assertThat(answer.text()).isEqualTo("got classic");
        assertThat(events)
                .containsExactly(
                        "prepare on loop", "invoke on blocking thread", "render got classic on blocking thread");
        assertThat(app.routes().get(0).endpoint().kind()).isEqualTo(Endpoint.Kind.BLOCKING);
    }

    @Test
    void anAsyncPreparedEndpointRunsAndRendersOnTheLoop() throws Exception {
        app.post("/orders", Endpoint.of(Endpoint.Kind.ASYNC, readingTheBody(body -> "got " + body), render()));

        GatewayDriver.Answer answer = client.send("POST", "/orders", Headers.EMPTY, "classic".getBytes());

        assertThat(answer.text()).isEqualTo("got classic");
        assertThat(events).containsExactly("prepare on loop", "invoke on loop", "render got classic on loop");
    }

    @Test
    void aStageIsRenderedOnceWhenItCompletes() throws Exception {
        app.post(
                "/later",
                Endpoint.of(
                        Endpoint.Kind.ASYNC,
                        readingTheBody(body -> Async.sleep(Duration.ofMillis(1)).thenApply(v -> "later " + body)),
                        render()));
        app.get(
                "/now",
                Endpoint.of(Endpoint.Kind.ASYNC, request -> CompletableFuture.completedFuture("now"), render()));

        assertThat(client.send("POST", "/later", Headers.EMPTY, "x".getBytes()).text())
                .isEqualTo("later x");
        assertThat(client.send("GET", "/now").text()).isEqualTo("now");
        assertThat(events)
                .containsExactly("prepare on loop", "invoke on loop", "render later x on loop", "render now on loop");
    }

    @Test
    void aBlockingHandlersStageIsAwaitedAndRenderedOnce() throws Exception {
        app.get(
                "/stage",
                Endpoint.of(
                        Endpoint.Kind.BLOCKING,
                        request -> Async.sleep(Duration.ofMillis(1)).thenApply(v -> "slept"),
                        render()));

        assertThat(client.send("GET", "/stage").text()).isEqualTo("slept");
        assertThat(events).hasSize(1).allMatch(event -> event.startsWith("render slept on "));
    }

    @Test
    void aFailureOfAPreparedHandlerIsAnsweredByTheErrorHandlers() throws Exception {
        app.post(
                "/fail",
                Endpoint.of(
                        Endpoint.Kind.BLOCKING,
                        readingTheBody(body -> {
                            throw new IllegalStateException("kitchen on fire");
                        }),
                        render()));

        GatewayDriver.Answer answer = client.send("POST", "/fail", Headers.EMPTY, "x".getBytes());

        assertThat(answer.status()).isEqualTo(500);
        assertThat(events).containsExactly("prepare on loop", "invoke on blocking thread");
    }

    @Test
    void cancellingTheCallInterruptsAPreparedBlockingHandlersThread() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
        app.post(
                "/slow",
                Endpoint.of(
                        Endpoint.Kind.BLOCKING,
                        readingTheBody(body -> {
                            started.countDown();
                            try {
                                Thread.sleep(Duration.ofSeconds(30));
                                interrupted.complete(false);
                            } catch (InterruptedException e) {
                                interrupted.complete(true);
                            }
                            return "done";
                        }),
                        render()));

        GatewayDriver.Pending pending = client.start("POST", "/slow", Headers.EMPTY, "x".getBytes());
        assertThat(started.await(5, SECONDS)).isTrue();
        pending.call.get(5, SECONDS).toCompletableFuture().cancel(true);

        assertThat(interrupted.get(5, SECONDS)).isTrue();
        assertThat(pending.sent).isEmpty();
    }
}
