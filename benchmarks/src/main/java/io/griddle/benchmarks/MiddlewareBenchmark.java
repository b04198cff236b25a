package io.griddle.benchmarks;

import io.griddle.App;
import io.griddle.gateway.Connection;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Message;
import io.griddle.gateway.Receive;
import io.griddle.http.Response;
import io.griddle.middleware.Cors;
import io.griddle.middleware.GZip;
import io.griddle.routing.Endpoint;
import java.nio.charset.StandardCharsets;
import java.util.Set;
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

/**
 * What the built-in CORS and GZip middleware cost per request, in process: {@link BindingApp}'s JSON route
 * ({@code GET /items/42?q=cheese}) called as a server calls it, by the same app with and without the middleware.
 * Every request carries an {@code Origin} and {@code Accept-Encoding: gzip}, so only the middleware differs.
 *
 * <ul>
 *   <li>{@code json}: no middleware (the baseline).</li>
 *   <li>{@code jsonCors}: CORS for a listed origin: a simple response gets its origin mirrored and {@code Vary}.</li>
 *   <li>{@code jsonGzip}: GZip with its defaults; the 30-byte body is under the 500-byte minimum, so this is the cost
 *       of looking (the start held until the body says its size).</li>
 *   <li>{@code menu}, {@code menuGzip}: a 2 KiB JSON body without and with GZip (compressed, level 9 and 5).</li>
 * </ul>
 *
 * <p>Cost per request = 1/throughput(with) - 1/throughput(without). The target: {@code jsonCors} within 3 % of
 * {@code json}. Use {@code -prof gc} for the allocation per request.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MiddlewareBenchmark -prof gc}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Thread)
public class MiddlewareBenchmark {

    private static final Headers HEADERS = Headers.of(
            "host",
            "127.0.0.1:8000",
            "user-agent",
            "jmh",
            "accept",
            "*/*",
            "accept-encoding",
            "gzip, deflate, br",
            "origin",
            "https://shop.example");
    private static final CompletableFuture<Message> NO_BODY =
            CompletableFuture.completedFuture(HttpMessage.RequestBody.EMPTY);
    private static final byte[] MENU = menu();

    private final HttpScope jsonScope = scope("/items/42", "q=cheese");
    private final HttpScope menuScope = scope("/menu", "");
    private final Receive noBody = () -> NO_BODY;
    private final BindingBenchmark.Sink sink = new BindingBenchmark.Sink();
    private App plain;
    private App cors;
    private App gzip;
    private App gzipLevel5;

    @Setup(Level.Trial)
    public void setUp() {
        plain = app();
        cors = app().addMiddleware(
                        Cors.builder().allowOrigins("https://shop.example").build());
        gzip = app().addMiddleware(GZip.builder().build());
        gzipLevel5 = app().addMiddleware(GZip.builder().compressLevel(5).build());
        check(plain, jsonScope, null);
        check(cors, jsonScope, null);
        check(gzip, jsonScope, null);
        check(plain, menuScope, null);
        check(gzip, menuScope, "gzip");
        check(gzipLevel5, menuScope, "gzip");
    }

    private static App app() {
        return BindingApp.app()
                .route(
                        Set.of("GET"),
                        "/menu",
                        Endpoint.async(request -> CompletableFuture.completedFuture(Response.rawJson(MENU))));
    }

    @Benchmark
    public void json(Blackhole blackhole) {
        call(plain, jsonScope, blackhole);
    }

    @Benchmark
    public void jsonCors(Blackhole blackhole) {
        call(cors, jsonScope, blackhole);
    }

    @Benchmark
    public void jsonGzip(Blackhole blackhole) {
        call(gzip, jsonScope, blackhole);
    }

    @Benchmark
    public void menu(Blackhole blackhole) {
        call(plain, menuScope, blackhole);
    }

    @Benchmark
    public void menuGzip(Blackhole blackhole) {
        call(gzip, menuScope, blackhole);
    }

    @Benchmark
    public void menuGzipLevel5(Blackhole blackhole) {
        call(gzipLevel5, menuScope, blackhole);
    }

    private void call(App app, HttpScope scope, Blackhole blackhole) {
        sink.reset(false);
        CompletionStage<Void> done = app.call(scope, noBody, sink);
        blackhole.consume(done);
        blackhole.consume(sink.status);
        blackhole.consume(sink.bodyBytes);
    }

    // Fails the run rather than measure anything but a complete 200, compressed or not as expected.
    private void check(App app, HttpScope scope, String encoding) {
        String[] seen = {null};
        CompletableFuture<Void> done = app.call(scope, noBody, message -> {
                    if (message instanceof HttpMessage.ResponseStart start) {
                        seen[0] = start.status() + " " + start.headers().get("content-encoding");
                    }
                    return sink.send(message);
                })
                .toCompletableFuture();
        if (!done.isDone() || done.isCompletedExceptionally() || !(200 + " " + encoding).equals(seen[0])) {
            throw new IllegalStateException(scope.path() + " answered " + seen[0] + ", expected 200 " + encoding);
        }
    }

    private static HttpScope scope(String path, String query) {
        return new HttpScope("GET", path, path, query, "1.1", "http", "", HEADERS, Connection.IN_PROCESS);
    }

    // A 2 KiB menu: forty burgers with a name, a price and a description.
    private static byte[] menu() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; json.length() < 2048; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\":")
                    .append(i)
                    .append(",\"name\":\"Burger ")
                    .append(i)
                    .append("\",\"price\":")
                    .append(5 + i % 7)
                    .append(".5,\"description\":\"Two patties, cheddar, pickles\"}");
        }
        return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }
}
