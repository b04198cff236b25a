package io.griddle.benchmarks;

import io.griddle.App;
import io.griddle.gateway.Chunk;
import io.griddle.gateway.Connection;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Message;
import io.griddle.gateway.Receive;
import io.griddle.gateway.Send;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
 * The binding layer in process: {@link BindingApp}'s three routes called as a server calls them, from scope to the
 * response bytes handed to {@code send}.
 *
 * <ul>
 *   <li>{@code plain}: {@code GET /quick}, the lambda route (the baseline).</li>
 *   <li>{@code read}: {@code GET /items/42?q=cheese}, path and query parameters bound and converted.</li>
 *   <li>{@code create}: {@code POST /items} with a 111-byte JSON body bound to a five-field record and validated.</li>
 * </ul>
 *
 * <p>Each endpoint completes inline on the calling thread (the annotated ones are {@code @NonBlocking}); the setup
 * fails rather than measure anything but a 200 with the expected body. The ratios {@code read/plain} and
 * {@code create/plain} are the figures to follow.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar BindingBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class BindingBenchmark {

    private static final Headers GET_HEADERS =
            Headers.of("host", "127.0.0.1:8000", "user-agent", "jmh", "accept", "*/*");
    private static final Headers POST_HEADERS = Headers.of(
            "host",
            "127.0.0.1:8000",
            "user-agent",
            "jmh",
            "accept",
            "*/*",
            "content-type",
            "application/json",
            "content-length",
            String.valueOf(BindingApp.NEW_ITEM.length));
    private static final CompletableFuture<Message> NO_BODY =
            CompletableFuture.completedFuture(HttpMessage.RequestBody.EMPTY);

    private final HttpScope plainScope = scope("GET", "/quick", "", GET_HEADERS);
    private final HttpScope readScope = scope("GET", "/items/42", "q=cheese", GET_HEADERS);
    private final HttpScope createScope = scope("POST", "/items", "", POST_HEADERS);
    private final Receive noBody = () -> NO_BODY;
    // A fresh message over the same bytes per request, as a server hands over each request's body.
    private final Receive itemBody = () -> CompletableFuture.completedFuture(
            new HttpMessage.RequestBody(Chunk.of(ByteBuffer.wrap(BindingApp.NEW_ITEM)), false));
    private final Sink sink = new Sink();
    private App app;

    @Setup(Level.Trial)
    public void setUp() {
        app = BindingApp.app();
        check(plainScope, noBody, "{\"status\":\"quick response\"}");
        check(readScope, noBody, "{\"item_id\":42,\"q\":\"cheese\"}");
        check(createScope, itemBody, new String(BindingApp.NEW_ITEM, StandardCharsets.UTF_8));
    }

    @Benchmark
    public void plain(Blackhole blackhole) {
        call(plainScope, noBody, blackhole);
    }

    @Benchmark
    public void read(Blackhole blackhole) {
        call(readScope, noBody, blackhole);
    }

    @Benchmark
    public void create(Blackhole blackhole) {
        call(createScope, itemBody, blackhole);
    }

    private void call(HttpScope scope, Receive receive, Blackhole blackhole) {
        sink.reset(false);
        CompletionStage<Void> done = app.call(scope, receive, sink);
        blackhole.consume(done);
        blackhole.consume(sink.status);
        blackhole.consume(sink.bodyBytes);
    }

    private void check(HttpScope scope, Receive receive, String expectedBody) {
        sink.reset(true);
        CompletableFuture<Void> done = app.call(scope, receive, sink).toCompletableFuture();
        String body = sink.captured.toString(StandardCharsets.UTF_8);
        if (!done.isDone()
                || done.isCompletedExceptionally()
                || sink.status != 200
                || !sink.finished
                || !body.equals(expectedBody)) {
            throw new IllegalStateException(scope.method() + " " + scope.path() + " did not complete inline with 200"
                    + " and " + expectedBody + ": status " + sink.status + ", body " + body + ", finished "
                    + sink.finished + ", " + done);
        }
    }

    private static HttpScope scope(String method, String path, String query, Headers headers) {
        return new HttpScope(method, path, path, query, "1.1", "http", "", headers, Connection.IN_PROCESS);
    }

    /** A {@link Send} that notes the status, the body size and whether it ended; it keeps the bytes only in checks. */
    static final class Sink implements Send {

        private static final CompletableFuture<Void> SENT = CompletableFuture.completedFuture(null);

        final ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status;
        int bodyBytes;
        boolean finished;
        private boolean capture;

        void reset(boolean captureBody) {
            status = 0;
            bodyBytes = 0;
            finished = false;
            capture = captureBody;
            captured.reset();
        }

        @Override
        public CompletionStage<Void> send(Message message) {
            switch (message) {
                case HttpMessage.ResponseStart start -> status = start.status();
                case HttpMessage.ResponseBody body -> {
                    bodyBytes += body.body().remaining();
                    finished = !body.more();
                    if (capture) {
                        ByteBuffer bytes = body.body().duplicate();
                        while (bytes.hasRemaining()) {
                            captured.write(bytes.get());
                        }
                    }
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
