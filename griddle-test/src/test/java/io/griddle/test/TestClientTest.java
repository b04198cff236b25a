package io.griddle.test;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.griddle.concurrent.Async;
import io.griddle.concurrent.LoopBlockedException;
import io.griddle.http.HttpError;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TestClientTest {

    record Order(String burger, int count) {}

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static WebApp echoApp() {
        return new WebApp()
                .post(
                        "/orders",
                        Endpoint.async(request -> request.json(Order.class)
                                .thenApply(order -> Response.json(
                                                map("burger", order.burger(), "count", order.count() * 2))
                                        .status(201))))
                .get(
                        "/search",
                        Endpoint.async(request -> CompletableFuture.completedFuture(map(
                                "q", request.queryParam("q"),
                                "tags", request.queryParams().getAll("tag"),
                                "token", request.header("x-token")))))
                .get("/items/{name}", Endpoint.blocking(request -> map("name", request.pathParam("name"))))
                .put("/items/{name}", Endpoint.blocking(request -> "put " + request.pathParam("name")))
                .patch("/items/{name}", Endpoint.blocking(request -> "patch " + request.pathParam("name")))
                .delete("/items/{name}", Endpoint.blocking(request -> Response.empty(204)))
                .route(
                        Set.of("OPTIONS"),
                        "/items",
                        Endpoint.blocking(request -> Response.empty(200).header("allow", "GET")));
    }

    @Test
    void cookiesSetByTheResponseAreReadByName() {
        WebApp app = new WebApp()
                .get(
                        "/cookies",
                        Endpoint.blocking(request -> Response.text("ok")
                                .setCookie("session", "abc")
                                .setCookie(io.griddle.http.SetCookie.of("note", "a \"b\"")
                                        .httpOnly(true))
                                .deleteCookie("old")));
        try (TestClient client = TestClient.of(app)) {
            assertThat(client.get("/cookies").cookies())
                    .containsExactly(Map.entry("session", "abc"), Map.entry("note", "a \"b\""), Map.entry("old", ""));
        }
    }

    @Test
    void redirectsAreFollowedUnlessTurnedOff() {
        WebApp app = new WebApp()
                .get("/items/", Endpoint.blocking(request -> map("q", request.queryParam("q"))))
                .post("/form", Endpoint.blocking(request -> Response.empty(303).header("location", "/done")))
                .get("/done", Endpoint.blocking(request -> "done " + request.method()))
                .get("/loop", Endpoint.blocking(request -> Response.redirect("/loop")));
        try (TestClient client = TestClient.of(app)) {
            TestResponse slash = client.get("/items?q=a"); // 307 to http://testserver/items/?q=a
            assertThat(slash.status()).isEqualTo(200);
            assertThat(slash.json()).isEqualTo(Map.of("q", "a"));

            TestResponse seeOther = client.post("/form", map("x", 1));
            assertThat(seeOther.status()).isEqualTo(200);
            assertThat(seeOther.text()).isEqualTo("\"done GET\"");

            assertThatThrownBy(() -> client.get("/loop"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("20");
        }
        try (TestClient client = TestClient.builder(app).followRedirects(false).build()) {
            TestResponse redirect = client.get("/items?q=a");
            assertThat(redirect.status()).isEqualTo(307);
            assertThat(redirect.header("location")).isEqualTo("http://testserver/items/?q=a");
        }
    }

    @Test
    void jsonRoundTrip() {
        try (TestClient client = TestClient.of(echoApp())) {
            TestResponse response = client.post("/orders", new Order("classic", 2));

            assertThat(response.status()).isEqualTo(201);
            assertThat(response.header("content-type")).isEqualTo("application/json");
            assertThat(response.text()).isEqualTo("{\"burger\":\"classic\",\"count\":4}");
            assertThat(response.json()).isEqualTo(Map.of("burger", "classic", "count", 4));
            assertThat(response.json(Order.class)).isEqualTo(new Order("classic", 4));
        }
    }

    @Test
    void contentSendsARawBodyWithOnlyTheHeadersGiven() {
        WebApp app = new WebApp()
                .post(
                        "/raw",
                        Endpoint.async(request -> request.text()
                                .thenApply(text -> Response.json(map(
                                        "content-type",
                                        String.valueOf(request.header("content-type")),
                                        "body",
                                        text)))));
        try (TestClient client = TestClient.of(app)) {
            byte[] bytes = "{\"a\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(client.request("POST", "/raw").content(bytes).send().json())
                    .isEqualTo(Map.of("content-type", "null", "body", "{\"a\": 1}"));
            assertThat(client.request("POST", "/raw")
                            .header("Content-Type", "text/plain")
                            .content(bytes)
                            .send()
                            .json())
                    .isEqualTo(Map.of("content-type", "text/plain", "body", "{\"a\": 1}"));
        }
    }

    @Test
    void queryParametersAndHeadersReachTheApp() {
        try (TestClient client = TestClient.of(echoApp())) {
            TestResponse response = client.request("GET", "/search?tag=a")
                    .query("q", "cheese & bacon")
                    .query("tag", "b")
                    .header("X-Token", "secret")
                    .send();

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json())
                    .isEqualTo(Map.of("q", "cheese & bacon", "tags", List.of("a", "b"), "token", "secret"));
        }
    }

    @Test
    void everyMethodIsSent() {
        try (TestClient client = TestClient.of(echoApp())) {
            assertThat(client.get("/items/a%20b").json()).isEqualTo(Map.of("name", "a b"));
            assertThat(client.put("/items/x", Map.of()).text()).isEqualTo("\"put x\"");
            assertThat(client.patch("/items/x", Map.of()).text()).isEqualTo("\"patch x\"");
            assertThat(client.delete("/items/x").status()).isEqualTo(204);
            assertThat(client.options("/items").header("allow")).isEqualTo("GET");
        }
    }

    @Test
    void noContentHasNoBodyAndNoContentLength() {
        try (TestClient client = TestClient.of(echoApp())) {
            TestResponse response = client.delete("/items/x");

            assertThat(response.status()).isEqualTo(204);
            assertThat(response.bytes()).isEmpty();
            assertThat(response.header("content-length")).isNull();
        }
    }

    @Test
    void unknownPathIs404() {
        try (TestClient client = TestClient.of(echoApp())) {
            TestResponse response = client.get("/nothing");

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.text()).isEqualTo("{\"detail\":\"Not Found\"}");
        }
    }

    @Test
    void wrongMethodIs405WithAllow() {
        try (TestClient client = TestClient.of(echoApp())) {
            TestResponse response = client.delete("/search");

            assertThat(response.status()).isEqualTo(405);
            assertThat(response.text()).isEqualTo("{\"detail\":\"Method Not Allowed\"}");
            assertThat(response.header("allow")).isEqualTo("GET, HEAD");
        }
    }

    @Test
    void headHasNoBodyButTheContentLengthOfGet() {
        try (TestClient client = TestClient.of(echoApp())) {
            TestResponse get = client.get("/items/burger");
            TestResponse head = client.head("/items/burger");

            assertThat(head.status()).isEqualTo(200);
            assertThat(head.bytes()).isEmpty();
            assertThat(head.header("content-type")).isEqualTo("application/json");
            assertThat(head.header("content-length"))
                    .isEqualTo(get.header("content-length"))
                    .isEqualTo(Integer.toString("{\"name\":\"burger\"}".length()));
        }
    }

    @Test
    void httpErrorIsAnAnswerNotAnException() {
        WebApp app = new WebApp().get("/missing", Endpoint.blocking(request -> {
            throw new HttpError(404, "Item not found");
        }));
        try (TestClient client = TestClient.of(app)) {
            TestResponse response = client.get("/missing");

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.text()).isEqualTo("{\"detail\":\"Item not found\"}");
        }
    }

    @Test
    void manyThreadsGetTheirOwnAnswers() throws Exception {
        WebApp app = new WebApp()
                .get(
                        "/async/{n:int}",
                        Endpoint.async(request -> Async.sleep(Duration.ofMillis(1))
                                .thenApply(v -> map("n", request.pathParams().get("n"), "q", request.queryParam("q")))))
                .get(
                        "/blocking/{n:int}",
                        Endpoint.blocking(
                                request -> map("n", request.pathParams().get("n"), "q", request.queryParam("q"))));
        int threads = 50;
        int perThread = 20;
        try (TestClient client = TestClient.builder(app).loops(2).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<List<String>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    results.add(pool.submit(() -> {
                        List<String> problems = new ArrayList<>();
                        for (int i = 0; i < perThread; i++) {
                            int n = thread * perThread + i;
                            String kind = n % 2 == 0 ? "async" : "blocking";
                            TestResponse response = client.request("GET", "/" + kind + "/" + n)
                                    .query("q", "t" + thread)
                                    .send();
                            Map<String, Object> expected = Map.of("n", n, "q", "t" + thread);
                            if (response.status() != 200 || !expected.equals(response.json())) {
                                problems.add(kind + " " + n + ": " + response);
                            }
                        }
                        return problems;
                    }));
                }
                List<String> problems = new ArrayList<>();
                for (Future<List<String>> result : results) {
                    problems.addAll(result.get(60, SECONDS));
                }
                assertThat(problems).isEmpty();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void requestsAreSpreadOverTheLoops() {
        WebApp app = new WebApp()
                .get(
                        "/loop",
                        Endpoint.async(request -> CompletableFuture.completedFuture(
                                Thread.currentThread().getName())));
        try (TestClient client = TestClient.builder(app).loops(3).build()) {
            List<Object> loops = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                loops.add(client.get("/loop").json());
            }

            assertThat(loops)
                    .containsExactlyInAnyOrder("griddle-test-loop-0", "griddle-test-loop-1", "griddle-test-loop-2");
        }
    }

    @Test
    void blockingThreadsGivesABoundedPlatformPool() {
        WebApp app = new WebApp()
                .get(
                        "/thread",
                        Endpoint.blocking(request -> map(
                                "name",
                                Thread.currentThread().getName(),
                                "virtual",
                                Thread.currentThread().isVirtual())));
        try (TestClient client = TestClient.builder(app).blockingThreads(2).build()) {
            Map<?, ?> thread = client.get("/thread").json(Map.class);

            assertThat((String) thread.get("name")).startsWith("griddle-blocking-");
            assertThat(thread.get("virtual")).isEqualTo(false);
            assertThat(client.concurrency().blockingThreads()).isEqualTo(2);
        }
    }

    private static WebApp blockingInAsync() {
        return new WebApp().get("/task-blocking-in-async", Endpoint.async(request -> {
            Thread.sleep(500); // blocks the event loop: the mistake strict mode is for
            return CompletableFuture.completedFuture(Map.of("status", "done"));
        }));
    }

    @Test
    void strictModeThrowsWhenAHandlerBlocksTheLoop() {
        try (TestClient client = TestClient.builder(blockingInAsync())
                .strictLoop(Duration.ofMillis(100))
                .build()) {
            assertThatThrownBy(() -> client.get("/task-blocking-in-async"))
                    .isInstanceOf(LoopBlockedException.class)
                    .hasMessageContaining("GET /task-blocking-in-async")
                    .satisfies(e ->
                            assertThat(((LoopBlockedException) e).task()).isEqualTo("GET /task-blocking-in-async"));
        }
    }

    @Test
    void strictModeLetsBlockingHandlersBlock() {
        WebApp app = new WebApp().get("/slow", Endpoint.blocking(request -> {
            Thread.sleep(300);
            return "fine";
        }));
        try (TestClient client =
                TestClient.builder(app).strictLoop(Duration.ofMillis(100)).build()) {
            assertThat(client.get("/slow").text()).isEqualTo("\"fine\"");
        }
    }

    @Test
    void withoutStrictModeABlockingAsyncHandlerStillAnswers() {
        try (TestClient client = TestClient.of(blockingInAsync())) {
            TestResponse response = client.get("/task-blocking-in-async");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo(Map.of("status", "done"));
        }
    }

    @Test
    void lifespanStartupRunsAtBuildAndShutdownAtClose() {
        List<String> trace = new CopyOnWriteArrayList<>();
        WebApp app = new WebApp()
                .onStartup(state -> {
                    trace.add("startup");
                    state.put("menu", List.of("classic", "cheese"));
                })
                .onShutdown(state -> trace.add("shutdown"))
                .get(
                        "/menu",
                        Endpoint.async(request -> CompletableFuture.completedFuture(
                                request.state().get("menu"))));

        TestClient client = TestClient.of(app);
        try {
            assertThat(trace).containsExactly("startup");
            assertThat(client.get("/menu").json()).isEqualTo(List.of("classic", "cheese"));
            assertThat(trace).containsExactly("startup");
        } finally {
            client.close();
        }

        assertThat(trace).containsExactly("startup", "shutdown");
    }

    @Test
    void failedStartupFailsTheBuild() {
        WebApp app = new WebApp().onStartup(state -> {
            throw new IllegalStateException("no database");
        });

        assertThatThrownBy(() -> TestClient.of(app))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("application startup failed")
                .cause()
                .hasMessageContaining("IllegalStateException: no database");
    }

    @Test
    void aResponseThatNeverComesFailsAfterTheTimeout() {
        WebApp app = new WebApp().get("/never", Endpoint.async(request -> new CompletableFuture<>()));
        try (TestClient client =
                TestClient.builder(app).timeout(Duration.ofMillis(200)).build()) {
            assertTimeoutPreemptively(
                    Duration.ofSeconds(10),
                    () -> assertThatThrownBy(() -> client.get("/never"))
                            .isInstanceOf(AssertionError.class)
                            .hasMessageContaining("GET /never got no response within 200 ms"));
        }
    }

    @Test
    void anAppThatFailsTheCallRaisesItsError() {
        try (TestClient client = TestClient.of((scope, receive, send) -> {
            if (scope instanceof io.griddle.gateway.HttpScope) {
                return CompletableFuture.failedFuture(new IllegalStateException("app crashed"));
            }
            return CompletableFuture.completedFuture(null);
        })) {
            assertThatThrownBy(() -> client.get("/"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("app crashed");
        }
    }

    @Test
    void middlewareRunsOnTheLoopBeforeAndAfterABlockingEndpoint() {
        java.util.List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        WebApp app = new WebApp()
                .use((request, next) -> {
                    threads.add(Thread.currentThread().getName());
                    return next.handle(request).thenApply(response -> {
                        threads.add(Thread.currentThread().getName());
                        return response;
                    });
                })
                .get("/work", Endpoint.blocking(request -> {
                    threads.add(
                            Thread.currentThread().isVirtual()
                                    ? "virtual"
                                    : Thread.currentThread().getName());
                    return map("done", true);
                }));
        try (TestClient client = TestClient.of(app)) {
            assertThat(client.get("/work").status()).isEqualTo(200);
        }
        assertThat(threads).containsExactly("griddle-test-loop-0", "virtual", "griddle-test-loop-0");
    }

    @Test
    void asyncLifespanHooksAreAwaitedOnTheLoop() {
        java.util.List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        WebApp app = new WebApp()
                .onStartupAsync(state -> io.griddle.concurrent.Async.sleep(java.time.Duration.ofMillis(50))
                        .thenRun(() -> {
                            events.add("startup on " + Thread.currentThread().getName());
                            state.put("greeting", "hello");
                        }))
                .onShutdownAsync(state -> CompletableFuture.runAsync(() -> events.add("shutdown")))
                .get(
                        "/greeting",
                        Endpoint.async(request -> CompletableFuture.completedFuture(
                                map("greeting", request.state().get("greeting")))));
        try (TestClient client = TestClient.of(app)) {
            assertThat(client.get("/greeting").json()).isEqualTo(map("greeting", "hello"));
        }
        assertThat(events).containsExactly("startup on griddle-test-loop-0", "shutdown");
    }
}
