package io.griddle.web;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.concurrent.Async;
import io.griddle.concurrent.Concurrency;
import io.griddle.concurrent.Loop;
import io.griddle.concurrent.LoopBlockedException;
import io.griddle.gateway.Headers;
import io.griddle.gateway.LifespanMessage;
import io.griddle.gateway.LifespanScope;
import io.griddle.gateway.Message;
import io.griddle.gateway.WebSocketMessage;
import io.griddle.gateway.WebSocketScope;
import io.griddle.http.HttpError;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebAppTest {

    private static final String JSON = "application/json";
    private static final String TEXT = "text/plain; charset=utf-8";

    private Concurrency concurrency;
    private Loop loop;
    private WebApp app;
    private GatewayDriver client;

    @BeforeEach
    void setUp() {
        concurrency = Concurrency.defaults();
        loop = concurrency.startLoop("web-test-loop");
        app = new WebApp();
        client = new GatewayDriver(app, loop);
    }

    @AfterEach
    void tearDown() {
        concurrency.close();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // --- endpoints

    @Test
    void asyncEndpointAnswersJsonFromTheLoop() throws Exception {
        app.get(
                "/where",
                Endpoint.async(request -> Async.sleep(Duration.ofMillis(1))
                        .thenApply(v -> Map.of("thread", Thread.currentThread().getName()))));

        GatewayDriver.Answer answer = client.send("GET", "/where");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("content-type")).isEqualTo(JSON);
        assertThat(answer.text()).isEqualTo("{\"thread\":\"web-test-loop\"}");
    }

    @Test
    void blockingEndpointRunsOnTheBlockingExecutor() throws Exception {
        app.get(
                "/where",
                Endpoint.blocking(request -> Map.of(
                        "thread", Thread.currentThread().getName(),
                        "virtual", Thread.currentThread().isVirtual(),
                        "onLoop", Loop.current() != null)));

        GatewayDriver.Answer answer = client.send("GET", "/where");

        assertThat(answer.status()).isEqualTo(200);
        Map<?, ?> body = io.griddle.http.Json.read(answer.body(), Map.class);
        assertThat((String) body.get("thread")).startsWith("griddle-blocking-");
        assertThat(body.get("virtual")).isEqualTo(true);
        assertThat(body.get("onLoop")).isEqualTo(false);
    }

    @Test
    void handlerSeesPathParamsQueryHeadersAndCookies() throws Exception {
        app.get(
                "/burgers/{id:int}",
                Endpoint.async(request -> CompletableFuture.completedFuture(Map.of(
                        "id", request.pathParams().get("id"),
                        "idType", request.pathParams().get("id").getClass().getSimpleName(),
                        "size", request.queryParam("size"),
                        "token", request.header("X-Token"),
                        "session", request.cookie("session"),
                        "route", request.route()))));

        GatewayDriver.Answer answer = client.send(
                "GET", "/burgers/7?size=large", Headers.of("x-token", "secret", "cookie", "session=abc"), new byte[0]);

        assertThat(answer.status()).isEqualTo(200);
        assertThat((Map<?, ?>) io.griddle.http.Json.read(answer.body(), Map.class))
                .isEqualTo(Map.of(
                        "id",
                        7,
                        "idType",
                        "Integer",
                        "size",
                        "large",
                        "token",
                        "secret",
                        "session",
                        "abc",
                        "route",
                        "/burgers/{id:int}"));
    }

    @Test
    void asyncHandlerReadsAJsonBody() throws Exception {
        app.post(
                "/echo",
                Endpoint.async(request -> request.json(Map.class).thenApply(order -> Map.of("received", order))));

        GatewayDriver.Answer answer = client.send(
                "POST", "/echo", Headers.of("content-type", JSON), utf8("{\"burger\":\"classic\",\"count\":2}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).isEqualTo("{\"received\":{\"burger\":\"classic\",\"count\":2}}");
    }

    @Test
    void blockingHandlerReadsTheBodyByWaiting() throws Exception {
        app.put(
                "/upload",
                Endpoint.blocking(request -> Response.text(new String(request.readBody(), StandardCharsets.UTF_8))));

        GatewayDriver.Answer answer = client.send("PUT", "/upload", Headers.EMPTY, utf8("raw bytes"));

        assertThat(answer.text()).isEqualTo("raw bytes");
    }

    @Test
    void readBodyOnTheLoopIsAnError() throws Exception {
        app.post("/wrong", Endpoint.async(request -> CompletableFuture.completedFuture(request.readBody().length)));

        GatewayDriver.Answer answer = client.send("POST", "/wrong", Headers.EMPTY, utf8("x"));

        assertThat(answer.status()).isEqualTo(500);
    }

    @Test
    void responseReturnedByAHandlerIsSentAsItIs() throws Exception {
        app.post(
                "/orders",
                Endpoint.blocking(
                        request -> Response.text("created").status(201).header("location", "/orders/1")));

        GatewayDriver.Answer answer = client.send("POST", "/orders", Headers.EMPTY, new byte[0]);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("location")).isEqualTo("/orders/1");
        assertThat(answer.header("content-type")).isEqualTo(TEXT);
        assertThat(answer.text()).isEqualTo("created");
    }

    @Test
    void streamedResponseSendsEachChunk() throws Exception {
        app.get(
                "/stream",
                Endpoint.async(request -> CompletableFuture.completedFuture(
                        Response.stream("text/plain", out -> out.write("one,").thenCompose(v -> out.write("two"))))));

        GatewayDriver.Answer answer = client.send("GET", "/stream");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).isEqualTo("one,two");
        assertThat(answer.messages()).hasSize(4); // start, two chunks, end
    }

    // --- routing errors

    @Test
    void unknownPathIs404Json() throws Exception {
        app.get("/items", Endpoint.blocking(request -> List.of()));

        GatewayDriver.Answer answer = client.send("GET", "/nothing-here");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("content-type")).isEqualTo(JSON);
        assertThat(answer.text()).isEqualTo("{\"detail\":\"Not Found\"}");
    }

    @Test
    void slashRedirectsCanBeSwitchedOff() throws Exception {
        app.redirectSlashes(false);
        app.get("/users/", Endpoint.blocking(request -> List.of()));

        assertThat(client.send("GET", "/users").status()).isEqualTo(404);
    }

    @Test
    void aHostThatIsNotAHostAndPortNeverGoesIntoTheRedirect() throws Exception {
        app.get("/items/", Endpoint.blocking(request -> List.of()));

        for (String host : List.of("evil.example/x?", "good.example@evil.example", "a b", "evil.example#")) {
            GatewayDriver.Answer answer = client.send("GET", "/items?q=1", Headers.of("host", host), new byte[0]);
            assertThat(answer.status()).isEqualTo(307);
            assertThat(answer.header("location")).as(host).isEqualTo("/items/?q=1");
        }
    }

    @Test
    void intParameterThatIsNotANumberIs404() throws Exception {
        app.get("/items/{id:int}", Endpoint.blocking(request -> "item"));

        assertThat(client.send("GET", "/items/abc").status()).isEqualTo(404);
    }

    @Test
    void pathThatMatchesWithTheOtherSlashSpellingIsRedirected() throws Exception {
        app.get("/items/", Endpoint.blocking(request -> List.of()));
        app.post("/users", Endpoint.blocking(request -> "created"));

        GatewayDriver.Answer added =
                client.send("GET", "/items?q=a%20b", Headers.of("host", "shop.test:8000"), new byte[0]);
        assertThat(added.status()).isEqualTo(307);
        assertThat(added.header("location")).isEqualTo("http://shop.test:8000/items/?q=a%20b");

        GatewayDriver.Answer removed = client.send("POST", "/users/");
        assertThat(removed.status()).isEqualTo(307);
        assertThat(removed.header("location")).isEqualTo("http://localhost/users");

        // A method the other spelling does not allow still redirects (Starlette), then answers 405 there.
        assertThat(client.send("DELETE", "/users/").status()).isEqualTo(307);
        assertThat(client.send("GET", "/other").status()).isEqualTo(404);
        assertThat(client.send("GET", "/").status()).isEqualTo(404);
    }

    @Test
    void wrongMethodIs405WithSortedAllowHeader() throws Exception {
        app.post("/items", Endpoint.blocking(request -> "created"));
        app.get("/items", Endpoint.blocking(request -> List.of()));

        GatewayDriver.Answer answer = client.send("DELETE", "/items");

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.text()).isEqualTo("{\"detail\":\"Method Not Allowed\"}");
        assertThat(answer.header("allow")).isEqualTo("GET, HEAD, POST");
    }

    @Test
    void headIsAnsweredByTheGetRoute() throws Exception {
        app.get("/items", Endpoint.blocking(request -> List.of(1, 2)));

        GatewayDriver.Answer answer = client.send("HEAD", "/items");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("content-type")).isEqualTo(JSON);
    }

    @Test
    void routeWithSeveralMethods() throws Exception {
        app.route(Set.of("PUT", "PATCH"), "/items/{id}", Endpoint.blocking(request -> request.method()));

        assertThat(client.send("PATCH", "/items/1").text()).isEqualTo("\"PATCH\"");
        assertThat(client.send("PUT", "/items/1").text()).isEqualTo("\"PUT\"");
        assertThat(client.send("GET", "/items/1").header("allow")).isEqualTo("PATCH, PUT");
    }

    // --- errors

    @Test
    void unhandledExceptionsAre500Text() throws Exception {
        app.get("/blocking", Endpoint.blocking(request -> {
            throw new IllegalStateException("boom");
        }));
        app.get("/async-throws", Endpoint.async(request -> {
            throw new IllegalStateException("boom");
        }));
        app.get(
                "/async-fails",
                Endpoint.async(request -> Async.sleep(Duration.ofMillis(1)).thenApply(v -> {
                    throw new IllegalStateException("boom");
                })));

        for (String path : List.of("/blocking", "/async-throws", "/async-fails")) {
            GatewayDriver.Answer answer = client.send("GET", path);

            assertThat(answer.status()).as(path).isEqualTo(500);
            assertThat(answer.header("content-type")).as(path).isEqualTo(TEXT);
            assertThat(answer.text()).as(path).isEqualTo("Internal Server Error");
        }
    }

    @Test
    void httpErrorBecomesDetailWithItsHeaders() throws Exception {
        app.get("/private", Endpoint.blocking(request -> {
            throw new HttpError(401, "Not authenticated", Headers.of("www-authenticate", "Bearer"));
        }));
        app.get(
                "/async-missing",
                Endpoint.async(request -> CompletableFuture.failedFuture(new HttpError(404, "Item not found"))));

        GatewayDriver.Answer unauthorized = client.send("GET", "/private");
        GatewayDriver.Answer missing = client.send("GET", "/async-missing");

        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.text()).isEqualTo("{\"detail\":\"Not authenticated\"}");
        assertThat(unauthorized.header("www-authenticate")).isEqualTo("Bearer");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).isEqualTo("{\"detail\":\"Item not found\"}");
    }

    @Test
    void noContentAndNotModifiedHaveNoBody() throws Exception {
        app.delete("/items/{id}", Endpoint.blocking(request -> Response.empty(204)));
        app.get("/cached", Endpoint.blocking(request -> {
            throw new HttpError(304);
        }));

        GatewayDriver.Answer deleted = client.send("DELETE", "/items/1");
        GatewayDriver.Answer cached = client.send("GET", "/cached");

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(cached.status()).isEqualTo(304);
        assertThat(cached.body()).isEmpty();
        assertThat(cached.header("content-type")).isNull();
    }

    static class OutOfStock extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        OutOfStock(String message) {
            super(message);
        }
    }

    static final class OutOfBuns extends OutOfStock {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        OutOfBuns() {
            super("no buns");
        }
    }

    static final class OutOfCheese extends OutOfStock {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        OutOfCheese() {
            super("no cheese");
        }
    }

    @Test
    void exceptionHandlerAnswersItsTypeAndSubtypes() throws Exception {
        app.exceptionHandler(
                OutOfStock.class,
                (request, e) -> Response.json(Map.of("detail", e.getMessage())).status(409));
        app.get("/cheese", Endpoint.blocking(request -> {
            throw new OutOfCheese();
        }));
        app.get("/stock", Endpoint.async(request -> CompletableFuture.failedFuture(new OutOfStock("gone"))));

        assertThat(client.send("GET", "/cheese").text()).isEqualTo("{\"detail\":\"no cheese\"}");
        GatewayDriver.Answer stock = client.send("GET", "/stock");
        assertThat(stock.status()).isEqualTo(409);
        assertThat(stock.text()).isEqualTo("{\"detail\":\"gone\"}");
    }

    @Test
    void mostSpecificExceptionHandlerWins() throws Exception {
        app.exceptionHandler(
                OutOfStock.class, (request, e) -> Response.text("general").status(409));
        app.exceptionHandler(
                OutOfBuns.class, (request, e) -> Response.text("buns").status(503));
        app.get("/buns", Endpoint.blocking(request -> {
            throw new OutOfBuns();
        }));

        GatewayDriver.Answer answer = client.send("GET", "/buns");

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.text()).isEqualTo("buns");
    }

    @Test
    void exceptionHandlerMayReplaceTheHttpErrorAnswer() throws Exception {
        app.exceptionHandler(
                HttpError.class,
                (request, e) -> Response.text("custom " + e.status()).status(e.status()));

        GatewayDriver.Answer answer = client.send("GET", "/nowhere");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.text()).isEqualTo("custom 404");
    }

    @Test
    void failingExceptionHandlerGives500() throws Exception {
        app.exceptionHandler(OutOfStock.class, (request, e) -> {
            throw new IllegalStateException("handler broke");
        });
        app.get("/buns", Endpoint.blocking(request -> {
            throw new OutOfBuns();
        }));

        GatewayDriver.Answer answer = client.send("GET", "/buns");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.text()).isEqualTo("Internal Server Error");
    }

    // --- middleware

    @Test
    void middlewareRunsFirstAddedOutermost() throws Exception {
        List<String> trace = new CopyOnWriteArrayList<>();
        app.use((request, next) -> {
            trace.add("a in");
            return next.handle(request).thenApply(response -> {
                trace.add("a out");
                return response.header("x-a", "1");
            });
        });
        app.use((request, next) -> {
            trace.add("b in");
            return next.handle(request).thenApply(response -> {
                trace.add("b out");
                return response;
            });
        });
        app.get("/", Endpoint.blocking(request -> {
            trace.add("handler");
            return "hi";
        }));

        GatewayDriver.Answer answer = client.send("GET", "/");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("x-a")).isEqualTo("1");
        assertThat(trace).containsExactly("a in", "b in", "handler", "b out", "a out");
    }

    @Test
    void middlewareMayAnswerWithoutCallingNext() throws Exception {
        app.use((request, next) -> request.header("x-token") == null
                ? CompletableFuture.completedFuture(
                        Response.json(Map.of("detail", "Forbidden")).status(403))
                : next.handle(request));
        app.get("/", Endpoint.blocking(request -> "secret"));

        assertThat(client.send("GET", "/").status()).isEqualTo(403);
        assertThat(client.send("GET", "/", Headers.of("x-token", "t"), new byte[0])
                        .text())
                .isEqualTo("\"secret\"");
    }

    @Test
    void middlewareSeesErrorsAsResponses() throws Exception {
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        app.use((request, next) -> next.handle(request).thenApply(response -> {
            statuses.add(response.status());
            return response;
        }));
        app.get("/fails", Endpoint.blocking(request -> {
            throw new IllegalStateException("boom");
        }));

        client.send("GET", "/missing");
        client.send("GET", "/fails");

        assertThat(statuses).containsExactly(404, 500);
    }

    @Test
    void failingMiddlewareGives500() throws Exception {
        app.use((request, next) -> {
            throw new IllegalStateException("middleware broke");
        });
        app.get("/", Endpoint.blocking(request -> "hi"));

        GatewayDriver.Answer answer = client.send("GET", "/");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.text()).isEqualTo("Internal Server Error");
    }

    @Test
    void configuringAfterTheFirstRequestIsRefused() throws Exception {
        app.get("/", Endpoint.blocking(request -> "hi"));
        client.send("GET", "/");

        assertThatThrownBy(() -> app.get("/late", Endpoint.blocking(request -> "late")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> app.use((request, next) -> next.handle(request)))
                .isInstanceOf(IllegalStateException.class);
    }

    // --- cancellation (the client went away)

    @Test
    void cancellingTheCallCancelsTheAsyncHandlersSleep() throws Exception {
        CompletableFuture<Throwable> sleepOutcome = new CompletableFuture<>();
        CountDownLatch started = new CountDownLatch(1);
        app.get("/slow", Endpoint.async(request -> {
            CompletionStage<Void> sleep = Async.sleep(Duration.ofSeconds(30));
            sleep.whenComplete((v, error) -> sleepOutcome.complete(error));
            started.countDown();
            return sleep.thenApply(v -> "done");
        }));

        GatewayDriver.Pending pending = client.start("GET", "/slow", Headers.EMPTY, new byte[0]);
        assertThat(started.await(5, SECONDS)).isTrue();
        pending.call.get(5, SECONDS).toCompletableFuture().cancel(true);

        assertThat(sleepOutcome.get(5, SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(pending.sent).isEmpty();
    }

    @Test
    void cancellingTheCallInterruptsTheBlockingHandler() throws Exception {
        CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
        CountDownLatch started = new CountDownLatch(1);
        app.get("/slow", Endpoint.blocking(request -> {
            started.countDown();
            try {
                Thread.sleep(Duration.ofSeconds(30));
                interrupted.complete(false);
            } catch (InterruptedException e) {
                interrupted.complete(true);
            }
            return "done";
        }));

        GatewayDriver.Pending pending = client.start("GET", "/slow", Headers.EMPTY, new byte[0]);
        assertThat(started.await(5, SECONDS)).isTrue();
        pending.call.get(5, SECONDS).toCompletableFuture().cancel(true);

        assertThat(interrupted.get(5, SECONDS)).isTrue();
    }

    // --- strict watchdog

    @Test
    void strictWatchdogFailsTheRequestThatBlockedTheLoop() throws Exception {
        try (Concurrency strict = Concurrency.builder()
                .slowCallback(Duration.ofMillis(50))
                .strict(true)
                .build()) {
            GatewayDriver strictClient = new GatewayDriver(app, strict.startLoop("strict-loop"));
            app.get("/blocks", Endpoint.async(request -> {
                Thread.sleep(300);
                return CompletableFuture.completedFuture("late");
            }));

            GatewayDriver.Pending pending = strictClient.start("GET", "/blocks", Headers.EMPTY, new byte[0]);

            assertThatThrownBy(() ->
                            pending.call.get(5, SECONDS).toCompletableFuture().get(5, SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(LoopBlockedException.class)
                    .hasMessageContaining("GET /blocks");
            assertThat(pending.sent)
                    .first()
                    .isInstanceOfSatisfying(
                            io.griddle.gateway.HttpMessage.ResponseStart.class,
                            start -> assertThat(start.status()).isEqualTo(500));
        }
    }

    // --- lifespan and other scopes

    /** Plays a server's part in the lifespan: startup, then shutdown when asked. */
    private final class LifespanDriver {
        final CompletableFuture<Message> shutdown = new CompletableFuture<>();
        final List<Message> sent = new CopyOnWriteArrayList<>();
        final CompletableFuture<Message> startupAnswer = new CompletableFuture<>();
        final CompletableFuture<Void> ended = new CompletableFuture<>();
        private int received;

        LifespanDriver start() {
            loop.execute(() -> app.call(
                            new LifespanScope(new ConcurrentHashMap<>()),
                            () -> {
                                received++;
                                return received == 1
                                        ? CompletableFuture.completedFuture(new LifespanMessage.Startup())
                                        : shutdown;
                            },
                            message -> {
                                sent.add(message);
                                startupAnswer.complete(message);
                                return CompletableFuture.completedFuture(null);
                            })
                    .whenComplete((v, error) -> {
                        if (error != null) {
                            ended.completeExceptionally(error);
                        } else {
                            ended.complete(null);
                        }
                    }));
            return this;
        }

        void stop() throws Exception {
            shutdown.complete(new LifespanMessage.Shutdown());
            ended.get(5, SECONDS);
        }
    }

    @Test
    void lifespanRunsStartupHooksInOrderThenShutdownHooks() throws Exception {
        List<String> trace = new CopyOnWriteArrayList<>();
        app.onStartup(state -> {
            trace.add("connect");
            state.put("db", "connected");
        });
        app.onStartup(state -> trace.add("warm up with " + state.get("db")));
        app.onShutdown(state -> trace.add("disconnect"));
        app.get(
                "/db",
                Endpoint.async(request ->
                        CompletableFuture.completedFuture(request.state().get("db"))));

        LifespanDriver lifespan = new LifespanDriver().start();
        assertThat(lifespan.startupAnswer.get(5, SECONDS)).isInstanceOf(LifespanMessage.StartupComplete.class);
        assertThat(trace).containsExactly("connect", "warm up with connected");
        assertThat(app.state()).containsEntry("db", "connected");
        assertThat(client.send("GET", "/db").text()).isEqualTo("\"connected\"");

        lifespan.stop();

        assertThat(trace).containsExactly("connect", "warm up with connected", "disconnect");
        assertThat(lifespan.sent).hasSize(2).last().isInstanceOf(LifespanMessage.ShutdownComplete.class);
    }

    @Test
    void failingStartupHookIsReported() throws Exception {
        app.onStartup(state -> {
            throw new IllegalStateException("no database");
        });

        LifespanDriver lifespan = new LifespanDriver().start();

        assertThat(lifespan.startupAnswer.get(5, SECONDS))
                .isEqualTo(new LifespanMessage.StartupFailed("IllegalStateException: no database"));
        lifespan.stop();
    }

    @Test
    void failingShutdownHookIsReported() throws Exception {
        app.onShutdown(state -> {
            throw new IllegalStateException("cannot flush");
        });

        LifespanDriver lifespan = new LifespanDriver().start();
        lifespan.startupAnswer.get(5, SECONDS);
        lifespan.stop();

        assertThat(lifespan.sent)
                .last()
                .isEqualTo(new LifespanMessage.ShutdownFailed("IllegalStateException: cannot flush"));
    }

    @Test
    void webSocketSessionIsRefused() throws Exception {
        List<Message> sent = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.execute(() -> app.call(
                        new WebSocketScope(
                                "/ws",
                                "",
                                "ws",
                                "",
                                Headers.EMPTY,
                                List.of(),
                                io.griddle.gateway.Connection.IN_PROCESS),
                        () -> new CompletableFuture<>(),
                        message -> {
                            sent.add(message);
                            return CompletableFuture.completedFuture(null);
                        })
                .whenComplete((v, e) -> done.complete(null)));
        done.get(5, SECONDS);

        assertThat(sent)
                .singleElement()
                .isInstanceOfSatisfying(
                        WebSocketMessage.Close.class,
                        close -> assertThat(close.code()).isEqualTo(1000));
    }
}
