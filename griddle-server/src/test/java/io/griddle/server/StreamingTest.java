package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.concurrent.Async;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.server.websocket.LeakReports;
import io.griddle.streaming.ServerSentEvent;
import io.griddle.streaming.StreamingResponse;
import io.griddle.web.WebApp;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Streamed bodies over a real socket: a client that reads nothing holds the producer (memory stays flat), a client
 * that leaves stops it within one send and frees every buffer, and an upload streams through {@code request.stream()}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StreamingTest {

    private static final int CHUNK = 64 * 1024;
    private static final AtomicInteger produced = new AtomicInteger();
    private static final AtomicBoolean producerClosed = new AtomicBoolean();
    private static final AtomicBoolean subscriptionCancelled = new AtomicBoolean();
    private static final AtomicInteger eventsSent = new AtomicInteger();
    private static final AtomicBoolean silentCancelled = new AtomicBoolean();
    private static final AtomicBoolean callbackStopped = new AtomicBoolean();
    private static GriddleServer server;

    @RegisterExtension
    final LeakReports leaks = new LeakReports();

    @BeforeAll
    static void start() {
        WebApp app = new WebApp()
                .get("/endless", Endpoint.blocking(request -> {
                    Stream<byte[]> chunks = Stream.generate(() -> {
                                produced.incrementAndGet();
                                return new byte[CHUNK];
                            })
                            .onClose(() -> producerClosed.set(true));
                    return StreamingResponse.of("application/octet-stream", chunks);
                }))
                .get("/ticks", Endpoint.blocking(request -> StreamingResponse.events(ticks())))
                .get(
                        "/silent",
                        Endpoint.blocking(request ->
                                StreamingResponse.events(subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
                                    @Override
                                    public void request(long n) {}

                                    @Override
                                    public void cancel() {
                                        silentCancelled.set(true);
                                    }
                                }))))
                .route(Set.of("POST"), "/upload", Endpoint.async(request -> countBytes(request.stream())))
                .get(
                        "/callback",
                        Endpoint.async(request -> CompletableFuture.completedFuture(
                                Response.stream("text/plain", StreamingTest::writeForever))));
        server = GriddleServer.start(
                app,
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aClientThatReadsNothingHoldsTheProducerAndLeavingClosesIt() throws Exception {
        produced.set(0);
        producerClosed.set(false);
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(16 * 1024);
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
            socket.getOutputStream()
                    .write("GET /endless HTTP/1.1\r\nHost: t\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            // Wait until the producer stops: the socket's buffers and the channel's high-water mark are full.
            int last = -1;
            for (int i = 0; i < 50 && produced.get() != last; i++) {
                last = produced.get();
                Thread.sleep(200);
            }
            int stalled = produced.get();
            Thread.sleep(500);
            assertThat(produced.get()).as("the producer waits for the client").isEqualTo(stalled);
            // Bounded by socket buffers (a few MiB on loopback at most), far from the endless stream.
            assertThat((long) stalled * CHUNK).isLessThan(32L << 20);
            assertThat(producerClosed).isFalse();
        }
        awaitTrue(producerClosed, "the stream is closed once the client has gone");
        int after = produced.get();
        Thread.sleep(200);
        assertThat(produced.get()).isEqualTo(after);
    }

    @Test
    void anEventStreamClientThatLeavesStopsThePublisherWithinOneSend() throws Exception {
        subscriptionCancelled.set(false);
        eventsSent.set(0);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream()
                    .write("GET /ticks HTTP/1.1\r\nHost: t\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
            String line;
            while ((line = in.readLine()) != null && !line.startsWith("data: ")) {
                // the head and the first chunk's size
            }
            assertThat(line).isEqualTo("data: 0");
        }
        awaitTrue(subscriptionCancelled, "the publisher's subscription is cancelled");
        int sentAtCancel = eventsSent.get();
        Thread.sleep(100);
        assertThat(eventsSent.get()).isEqualTo(sentAtCancel);
    }

    @Test
    void anEventStreamSendsItsHeadBeforeTheFirstEvent() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream()
                    .write("GET /silent HTTP/1.1\r\nHost: t\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
            String line;
            boolean eventStream = false;
            while ((line = in.readLine()) != null && !line.isEmpty()) {
                eventStream |= line.equalsIgnoreCase("content-type: text/event-stream; charset=utf-8");
            }
            assertThat(eventStream).isTrue();
        }
        awaitTrue(silentCancelled, "the silent publisher is cancelled when the client leaves");
    }

    @Test
    void anUploadStreamsThroughRequestStream() throws Exception {
        int size = 8 << 20;
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: " + size + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[CHUNK];
            for (int sent = 0; sent < size; sent += CHUNK) {
                out.write(block);
            }
            out.flush();
            String answer = RawClient.readAll(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 200 OK").endsWith("bytes=" + size);
        }
    }

    @Test
    void theRequestTimeoutDoesNotCutAStreamThatHasStarted() throws Exception {
        WebApp app = new WebApp()
                .get(
                        "/slow-events",
                        Endpoint.blocking(request -> StreamingResponse.events(Stream.of(0, 1, 2, 3)
                                .peek(i -> sleep(200))
                                .map(i -> ServerSentEvent.raw("tick " + i)))));
        GriddleServer limited = GriddleServer.start(
                app,
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .timeoutRequest(Duration.ofMillis(300))
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build());
        try {
            String answer = RawClient.exchange(
                    limited.port(), "GET /slow-events HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 200 OK").contains("data: tick 0", "data: tick 3");
        } finally {
            limited.stop();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void overHttp2ItemsStreamAndACancelledStreamStopsThePublisher() throws Exception {
        WebApp app = new WebApp()
                .get("/lines", Endpoint.blocking(request -> StreamingResponse.jsonLines(Stream.of(1, 2, 3))))
                .get("/ticks", Endpoint.blocking(request -> StreamingResponse.events(ticks())));
        subscriptionCancelled.set(false);
        GriddleServer h2 = GriddleServer.start(
                app,
                ServerConfig.builder()
                        .port(0)
                        .loops(1)
                        .http2(true)
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build());
        try (java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_2)
                .connectTimeout(Duration.ofSeconds(5))
                .build()) {
            String base = "http://127.0.0.1:" + h2.port();
            java.net.http.HttpResponse<String> lines = client.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/lines"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(lines.body()).isEqualTo("1\n2\n3\n");
            java.net.http.HttpResponse<Stream<String>> events = client.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/ticks"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofLines());
            assertThat(events.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_2);
            try (Stream<String> body = events.body()) {
                assertThat(body.filter(line -> line.startsWith("data: ")).findFirst())
                        .contains("data: 0");
            }
            awaitTrue(subscriptionCancelled, "the publisher is cancelled when the HTTP/2 stream is");
        } finally {
            h2.stop();
        }
    }

    @Test
    void aCallbackWritersStageIsCancelledWhenTheClientLeaves() throws Exception {
        callbackStopped.set(false);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream()
                    .write("GET /callback HTTP/1.1\r\nHost: t\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
            String line;
            while ((line = in.readLine()) != null && !line.startsWith("tick")) {
                // the head and the first chunk's size
            }
            assertThat(line).isEqualTo("tick");
        }
        awaitTrue(callbackStopped, "the writer's stage is cancelled, or its next write fails");
    }

    // Writes a line every 10 ms until a write fails or its stage is cancelled; either way the writer learns it.
    private static java.util.concurrent.CompletionStage<Void> writeForever(Response.BodyWriter out) {
        io.griddle.concurrent.CancellableFuture<Void> done = new io.griddle.concurrent.CancellableFuture<>();
        done.onCancel(() -> callbackStopped.set(true));
        writeNext(out, done);
        return done;
    }

    private static void writeNext(Response.BodyWriter out, CompletableFuture<Void> done) {
        if (done.isDone()) {
            return;
        }
        out.write("tick\n").thenCompose(v -> Async.sleep(Duration.ofMillis(10))).whenComplete((v, error) -> {
            if (error != null) {
                callbackStopped.set(true);
                done.completeExceptionally(error);
            } else {
                writeNext(out, done);
            }
        });
    }

    // Events at 100 per second from the loop's timer, each only when requested, counting those sent.
    private static Flow.Publisher<Object> ticks() {
        return subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            private final AtomicLong demand = new AtomicLong();
            private final AtomicInteger next = new AtomicInteger();
            private volatile boolean cancelled;

            @Override
            public void request(long n) {
                if (demand.getAndAdd(n) == 0) {
                    Async.sleep(Duration.ofMillis(10)).thenRun(this::emit);
                }
            }

            private void emit() {
                if (cancelled) {
                    return;
                }
                eventsSent.incrementAndGet();
                subscriber.onNext(ServerSentEvent.of(next.getAndIncrement()));
                if (demand.decrementAndGet() > 0) {
                    Async.sleep(Duration.ofMillis(10)).thenRun(this::emit);
                }
            }

            @Override
            public void cancel() {
                cancelled = true;
                subscriptionCancelled.set(true);
            }
        });
    }

    // Reads the body chunk by chunk as it is published, asking for the next one after each.
    private static CompletableFuture<Response> countBytes(Flow.Publisher<ByteBuffer> body) {
        CompletableFuture<Response> answer = new CompletableFuture<>();
        body.subscribe(new Flow.Subscriber<>() {
            private Flow.Subscription subscription;
            private long bytes;

            @Override
            public void onSubscribe(Flow.Subscription given) {
                subscription = given;
                given.request(1);
            }

            @Override
            public void onNext(ByteBuffer chunk) {
                bytes += chunk.remaining();
                subscription.request(1);
            }

            @Override
            public void onError(Throwable error) {
                answer.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                answer.complete(Response.text("bytes=" + bytes));
            }
        });
        return answer;
    }

    private static void awaitTrue(AtomicBoolean flag, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!flag.get() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(flag).as(what).isTrue();
    }
}
