package io.griddle.web;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.concurrent.Concurrency;
import io.griddle.concurrent.Loop;
import io.griddle.gateway.Connection;
import io.griddle.gateway.Gateway;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.LifespanScope;
import io.griddle.gateway.Message;
import io.griddle.gateway.Scope;
import io.griddle.gateway.WebSocketScope;
import io.griddle.http.Response;
import io.griddle.middleware.GZip;
import io.griddle.routing.Endpoint;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A streamed response passes through middleware unbuffered: its first chunk reaches the server while the producer is
 * still waiting to write the second (the case Starlette's {@code BaseHTTPMiddleware} got wrong for years). And pure
 * middleware sees every scope.
 */
class StreamingThroughMiddlewareTest {

    private Concurrency concurrency;
    private Loop loop;

    @BeforeEach
    void setUp() {
        concurrency = Concurrency.defaults();
        loop = concurrency.startLoop("streaming-test-loop");
    }

    @AfterEach
    void tearDown() {
        concurrency.close();
    }

    private final CompletableFuture<Void> release = new CompletableFuture<>();
    private final AtomicBoolean producerEnded = new AtomicBoolean();

    private WebApp streamingApp() {
        return new WebApp()
                .get(
                        "/stream",
                        Endpoint.async(request -> CompletableFuture.completedFuture(Response.stream(
                                "text/plain",
                                out -> out.write("first")
                                        .thenCompose(v -> release) // the producer waits on the test
                                        .thenCompose(v -> out.write("second"))
                                        .thenRun(() -> producerEnded.set(true))))));
    }

    // Calls the app and hands every body chunk it sends to the queue, as it is sent.
    private CompletableFuture<CompletionStage<Void>> call(
            Gateway app, String acceptEncoding, LinkedBlockingQueue<Message> sent) {
        HttpScope scope = new HttpScope(
                "GET",
                "/stream",
                "/stream",
                "",
                "1.1",
                "http",
                "",
                Headers.of("accept-encoding", acceptEncoding),
                Connection.IN_PROCESS);
        CompletableFuture<CompletionStage<Void>> started = new CompletableFuture<>();
        loop.execute(() -> started.complete(
                app.call(scope, () -> CompletableFuture.completedFuture(HttpMessage.RequestBody.EMPTY), message -> {
                    sent.add(message);
                    return CompletableFuture.completedFuture(null);
                })));
        return started;
    }

    private static String text(HttpMessage.ResponseBody body) {
        ByteBuffer bytes = body.body().duplicate();
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        return new String(copy, StandardCharsets.UTF_8);
    }

    @Test
    void theFirstChunkArrivesThroughRequestNextMiddlewareBeforeTheProducerEnds() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        WebApp app = streamingApp().use((request, next) -> {
            seen.add("before");
            return next.handle(request).thenApply(response -> response.header("x-middleware", "yes"));
        });
        LinkedBlockingQueue<Message> sent = new LinkedBlockingQueue<>();
        CompletableFuture<CompletionStage<Void>> started = call(app, "identity", sent);

        Message start = sent.poll(5, TimeUnit.SECONDS);
        assertThat(start).isInstanceOf(HttpMessage.ResponseStart.class);
        assertThat(((HttpMessage.ResponseStart) start).headers().get("x-middleware"))
                .isEqualTo("yes");
        Message first = sent.poll(5, TimeUnit.SECONDS);
        assertThat(first).isInstanceOf(HttpMessage.ResponseBody.class);
        assertThat(text((HttpMessage.ResponseBody) first)).isEqualTo("first");
        assertThat(producerEnded).isFalse(); // the client has the first chunk; the producer has not finished
        assertThat(started.get(5, SECONDS).toCompletableFuture().isDone()).isFalse();

        release.complete(null);
        Message second = sent.poll(5, TimeUnit.SECONDS);
        assertThat(text((HttpMessage.ResponseBody) second)).isEqualTo("second");
        started.get(5, SECONDS).toCompletableFuture().get(5, SECONDS);
        assertThat(producerEnded).isTrue();
        assertThat(seen).containsExactly("before");
    }

    @Test
    void theFirstChunkArrivesCompressedThroughGZipBeforeTheProducerEnds() throws Exception {
        WebApp app = streamingApp().wrap(GZip.builder().minimumSize(1).build());
        LinkedBlockingQueue<Message> sent = new LinkedBlockingQueue<>();
        CompletableFuture<CompletionStage<Void>> started = call(app, "gzip", sent);

        HttpMessage.ResponseStart start = (HttpMessage.ResponseStart) sent.poll(5, TimeUnit.SECONDS);
        assertThat(start.headers().get("content-encoding")).isEqualTo("gzip");
        HttpMessage.ResponseBody first = (HttpMessage.ResponseBody) sent.poll(5, TimeUnit.SECONDS);
        assertThat(first.more()).isTrue();
        ByteBuffer bytes = first.body().duplicate();
        byte[] gz = new byte[bytes.remaining()];
        bytes.get(gz);
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        inflater.setInput(gz, 10, gz.length - 10);
        byte[] out = new byte[64];
        int n = inflater.inflate(out);
        inflater.end();
        assertThat(new String(out, 0, n, StandardCharsets.UTF_8)).isEqualTo("first");
        assertThat(producerEnded).isFalse();

        release.complete(null);
        started.get(5, SECONDS).toCompletableFuture().get(5, SECONDS);
        assertThat(producerEnded).isTrue();
    }

    @Test
    void pureMiddlewareSeesEveryScopeAndRunsOutsideRequestNextMiddleware() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        Map<Class<?>, Boolean> scopes = new ConcurrentHashMap<>();
        GatewayMiddleware outer = next -> (scope, receive, send) -> {
            scopes.put(scope.getClass(), true);
            order.add("outer");
            return next.call(scope, receive, send);
        };
        GatewayMiddleware inner = next -> (scope, receive, send) -> {
            order.add("inner");
            return next.call(scope, receive, send);
        };
        WebApp app = streamingApp()
                .use((request, next) -> {
                    order.add("request-next");
                    return next.handle(request);
                })
                .wrap(outer)
                .wrap(inner);
        release.complete(null);
        LinkedBlockingQueue<Message> sent = new LinkedBlockingQueue<>();
        call(app, "identity", sent).get(5, SECONDS).toCompletableFuture().get(5, SECONDS);
        assertThat(order).containsExactly("outer", "inner", "request-next");

        for (Scope scope : List.of(
                new LifespanScope(new ConcurrentHashMap<>()),
                new WebSocketScope("/", "", "ws", "", Headers.EMPTY, List.of(), Connection.IN_PROCESS))) {
            CompletableFuture<Void> called = new CompletableFuture<>();
            loop.execute(() -> {
                app.call(scope, CompletableFuture::new, m -> CompletableFuture.completedFuture(null));
                called.complete(null);
            });
            called.get(5, SECONDS);
        }
        assertThat(scopes.keySet()).contains(HttpScope.class, LifespanScope.class, WebSocketScope.class);
    }

    @Test
    void aClientLeavingCancelsTheHandlerThroughRequestNextMiddleware() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        java.util.concurrent.CountDownLatch handlerRunning = new java.util.concurrent.CountDownLatch(1);
        WebApp app = new WebApp()
                .get("/wait", Endpoint.async(request -> {
                    io.griddle.concurrent.CancellableFuture<Response> never =
                            new io.griddle.concurrent.CancellableFuture<>();
                    never.onCancel(() -> cancelled.set(true));
                    handlerRunning.countDown();
                    return never;
                }))
                .use((request, next) -> next.handle(request).thenApply(response -> response.header("x-seen", "1")));
        HttpScope scope =
                new HttpScope("GET", "/wait", "/wait", "", "1.1", "http", "", Headers.EMPTY, Connection.IN_PROCESS);
        CompletableFuture<CompletionStage<Void>> started = new CompletableFuture<>();
        loop.execute(() -> started.complete(app.call(
                scope,
                () -> CompletableFuture.completedFuture(HttpMessage.RequestBody.EMPTY),
                message -> CompletableFuture.completedFuture(null))));
        CompletionStage<Void> call = started.get(5, SECONDS);
        assertThat(handlerRunning.await(5, SECONDS)).isTrue();
        call.toCompletableFuture().cancel(true); // what a server does when the client goes away
        long deadline = System.nanoTime() + SECONDS.toNanos(5);
        while (!cancelled.get() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(cancelled).isTrue();
    }

    @Test
    void pureMiddlewareIsRefusedOnceTheApplicationServes() throws Exception {
        WebApp app = streamingApp();
        release.complete(null);
        call(app, "identity", new LinkedBlockingQueue<>())
                .get(5, SECONDS)
                .toCompletableFuture()
                .get(5, SECONDS);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.wrap(next -> next))
                .isInstanceOf(IllegalStateException.class);
    }
}
