package io.griddle.benchmarks;

import io.griddle.gateway.Connection;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Message;
import io.griddle.gateway.Receive;
import io.griddle.gateway.Send;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.json.JsonMapper;

/**
 * Griddle's dispatch path without a network: a gateway call for {@code GET /quick} and {@code GET /items/42} on an
 * app with twenty routes, from scope to the response bytes handed to {@code send}, beside the Jackson serialization
 * of the same value alone (the floor under any JSON endpoint).
 *
 * <p>The app is called from the benchmark thread, not from an event loop; async endpoints run inline there, as they
 * do on a loop, so this is the per-request work a server adds on top of HTTP parsing and socket I/O.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DispatchBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class DispatchBenchmark {

    /** The body of {@code /quick}. */
    public record Quick(String status) {}

    /** The body of {@code /items/{id}}. */
    public record Item(int id, String name, double price) {}

    private static final Quick QUICK = new Quick("quick response");
    private static final CompletableFuture<Message> NO_BODY =
            CompletableFuture.completedFuture(HttpMessage.RequestBody.EMPTY);

    // What a typical client such as wrk sends; built once, as a server's header view would be.
    private static final Headers REQUEST_HEADERS =
            Headers.of("host", "127.0.0.1:8000", "user-agent", "jmh", "accept", "*/*");

    private final HttpScope quickScope = get("/quick");
    private final HttpScope itemScope = get("/items/42");
    private final Receive receive = () -> NO_BODY;
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final Sink sink = new Sink();
    private WebApp app;

    @Setup(Level.Trial)
    public void setUp() {
        app = buildApp();
        // Fail fast rather than measure a 404 or a half-finished response.
        check(quickScope, mapper.writeValueAsBytes(QUICK).length);
        check(itemScope, -1);
    }

    @Benchmark
    public void quick(Blackhole blackhole) {
        call(quickScope, blackhole);
    }

    @Benchmark
    public void item(Blackhole blackhole) {
        call(itemScope, blackhole);
    }

    /** The baseline: only the serialization of the {@code /quick} value, with a plain Jackson 3 mapper. */
    @Benchmark
    public byte[] jacksonOnly() {
        return mapper.writeValueAsBytes(QUICK);
    }

    private void call(HttpScope scope, Blackhole blackhole) {
        sink.reset();
        CompletionStage<Void> done = app.call(scope, receive, sink);
        blackhole.consume(done);
        blackhole.consume(sink.status);
        blackhole.consume(sink.bodyBytes);
    }

    private void check(HttpScope scope, int expectedBytes) {
        sink.reset();
        CompletableFuture<Void> done = app.call(scope, receive, sink).toCompletableFuture();
        if (!done.isDone()
                || done.isCompletedExceptionally()
                || sink.status != 200
                || !sink.finished
                || (expectedBytes >= 0 && sink.bodyBytes != expectedBytes)) {
            throw new IllegalStateException("GET " + scope.path() + " did not complete inline with 200: status "
                    + sink.status + ", body " + sink.bodyBytes + " bytes, finished " + sink.finished + ", " + done);
        }
    }

    // Twenty routes, static and parameterised, so the router does the work of a small real application.
    static WebApp buildApp() {
        WebApp app = new WebApp();
        List<String> resources = List.of("users", "orders", "products", "carts", "reviews", "coupons");
        for (String resource : resources) {
            Object listing = Map.of("resource", resource, "count", 0);
            app.get("/" + resource, Endpoint.async(request -> CompletableFuture.completedFuture(listing)));
            app.get(
                    "/" + resource + "/{id:int}",
                    Endpoint.async(request -> CompletableFuture.completedFuture(
                            Map.of("id", request.pathParams().get("id")))));
        }
        app.post("/orders", Endpoint.async(request -> CompletableFuture.completedFuture(Map.of("created", true))));
        app.get(
                "/orders/{id:int}/lines/{line:int}",
                Endpoint.async(request -> CompletableFuture.completedFuture(request.pathParams())));
        app.get("/health", Endpoint.async(request -> CompletableFuture.completedFuture(Map.of("ok", true))));
        app.get(
                "/static/{file:path}",
                Endpoint.async(
                        request -> CompletableFuture.completedFuture(Map.of("file", request.pathParam("file")))));
        app.get("/quick", Endpoint.async(request -> CompletableFuture.completedFuture(QUICK)));
        app.get("/items/{id:int}", Endpoint.async(request -> {
            int id = (Integer) request.pathParams().get("id");
            return CompletableFuture.completedFuture(new Item(id, "item " + id, 4.5));
        }));
        app.get(
                "/search",
                Endpoint.async(request ->
                        CompletableFuture.completedFuture(Map.of("q", String.valueOf(request.queryParam("q"))))));
        app.delete(
                "/items/{id:int}",
                Endpoint.async(request -> CompletableFuture.completedFuture(Map.of("deleted", true))));
        return app;
    }

    private static HttpScope get(String path) {
        return new HttpScope("GET", path, path, "", "1.1", "http", "", REQUEST_HEADERS, Connection.IN_PROCESS);
    }

    /** A {@link Send} that keeps only what a test needs: the status, the body size, and whether the body ended. */
    static final class Sink implements Send {

        private static final CompletableFuture<Void> SENT = CompletableFuture.completedFuture(null);

        int status;
        int bodyBytes;
        boolean finished;

        void reset() {
            status = 0;
            bodyBytes = 0;
            finished = false;
        }

        @Override
        public CompletionStage<Void> send(Message message) {
            switch (message) {
                case HttpMessage.ResponseStart start -> status = start.status();
                case HttpMessage.ResponseBody body -> {
                    bodyBytes += body.body().remaining();
                    finished = !body.more();
                }
                case HttpMessage.ResponseFile file -> {
                    bodyBytes += (int) file.count();
                    finished = true;
                }
                default -> {}
            }
            return SENT;
        }
    }
}
