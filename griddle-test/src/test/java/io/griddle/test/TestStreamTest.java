package io.griddle.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.streaming.ServerSentEvent;
import io.griddle.streaming.StreamingResponse;
import io.griddle.web.WebApp;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Streamed responses and request bodies through the TestClient: JSON Lines, SSE, backpressure, disconnects. */
class TestStreamTest {

    record Item(String name, double price) {}

    private static TestClient client(WebApp app) {
        return TestClient.builder(app).timeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void jsonLinesFromAStreamAreReadLineByLine() {
        WebApp app = new WebApp()
                .get(
                        "/items",
                        Endpoint.blocking(request -> StreamingResponse.jsonLines(
                                Stream.of(new Item("Plumbus", 32.99), new Item("Gun", 1)))));
        try (TestClient client = client(app);
                TestStream lines = client.stream("GET", "/items")) {
            assertThat(lines.status()).isEqualTo(200);
            assertThat(lines.header("content-type")).isEqualTo("application/jsonl");
            assertThat(lines.nextLine()).isEqualTo("{\"name\":\"Plumbus\",\"price\":32.99}");
            assertThat(lines.nextLine()).isEqualTo("{\"name\":\"Gun\",\"price\":1.0}");
            assertThat(lines.nextLine()).isNull();
        }
    }

    /** Records the thread that writes its JSON. */
    record Probe(String name) {
        static final List<String> writers = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public String name() {
            writers.add(Thread.currentThread().getName());
            return name;
        }
    }

    @Test
    void aBlockingProducersItemsAreEncodedOffTheLoop() {
        Probe.writers.clear();
        WebApp app = new WebApp()
                .get(
                        "/probes",
                        Endpoint.blocking(
                                request -> StreamingResponse.jsonLines(Stream.of(new Probe("a"), new Probe("b")))));
        try (TestClient client = client(app)) {
            assertThat(client.get("/probes").text()).isEqualTo("{\"name\":\"a\"}\n{\"name\":\"b\"}\n");
        }
        assertThat(Probe.writers).hasSize(2).noneMatch(thread -> thread.startsWith("griddle-test-loop"));
    }

    @Test
    void eventsFromAPublisherAreReadEventByEventWithTheirHeaders() {
        WebApp app = new WebApp().get("/events", Endpoint.blocking(request -> {
            SubmissionPublisher<Object> events = new SubmissionPublisher<>();
            Thread.ofVirtual().start(() -> {
                while (!events.hasSubscribers()) { // a SubmissionPublisher drops what it gets before that
                    Thread.onSpinWait();
                }
                events.submit(ServerSentEvent.ofComment("hello"));
                events.submit(ServerSentEvent.of(new Item("Plumbus", 2))
                        .withEvent("item")
                        .withId("1")
                        .withRetry(5000));
                events.submit(ServerSentEvent.raw("line one\nline two"));
                events.submit(Map.of("plain", true));
                events.close();
            });
            return StreamingResponse.events(events);
        }));
        try (TestClient client = client(app);
                TestStream events = client.stream("GET", "/events")) {
            assertThat(events.header("content-type")).isEqualTo("text/event-stream; charset=utf-8");
            assertThat(events.header("cache-control")).isEqualTo("no-cache");
            assertThat(events.header("x-accel-buffering")).isEqualTo("no");
            assertThat(events.nextEvent().comments()).containsExactly("hello");
            TestEvent item = events.nextEvent();
            assertThat(item)
                    .isEqualTo(new TestEvent("item", "{\"name\":\"Plumbus\",\"price\":2.0}", "1", 5000, List.of()));
            assertThat(item.json()).isEqualTo(Map.of("name", "Plumbus", "price", 2.0));
            assertThat(events.nextEvent().data()).isEqualTo("line one\nline two");
            assertThat(events.nextEvent().json()).isEqualTo(Map.of("plain", true));
            assertThat(events.nextEvent()).isNull();
        }
    }

    @Test
    void anIdleEventStreamSendsPingComments() {
        AtomicBoolean cancelled = new AtomicBoolean();
        WebApp app = new WebApp()
                .get(
                        "/quiet",
                        Endpoint.blocking(request ->
                                StreamingResponse.events(silentPublisher(cancelled), Duration.ofMillis(50))));
        try (TestClient client = client(app);
                TestStream events = client.stream("GET", "/quiet")) {
            TestEvent first = events.nextEvent();
            assertThat(first.comments()).containsExactly("ping");
            assertThat(first.data()).isNull();
            assertThat(events.nextEvent().comments()).containsExactly("ping");
        }
    }

    @Test
    void closingTheStreamCancelsThePublisher() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        WebApp app = new WebApp()
                .get("/quiet", Endpoint.blocking(request -> StreamingResponse.events(silentPublisher(cancelled))));
        try (TestClient client = client(app)) {
            TestStream events = client.stream("GET", "/quiet");
            assertThat(events.status()).isEqualTo(200);
            assertThat(cancelled).isFalse();
            events.close();
            awaitTrue(cancelled);
        }
    }

    @Test
    void closingTheStreamInterruptsTheIteratorsThreadAndClosesTheStream() throws Exception {
        CountDownLatch blocked = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean closed = new AtomicBoolean();
        AtomicBoolean finallyRan = new AtomicBoolean();
        Iterator<String> slow = new Iterator<>() {
            int sent;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public String next() {
                if (sent++ == 0) {
                    return "first\n";
                }
                try {
                    blocked.countDown();
                    Thread.sleep(60_000);
                    return "never\n";
                } catch (InterruptedException e) {
                    interrupted.set(true);
                    throw new IllegalStateException("stopped", e);
                } finally {
                    finallyRan.set(true);
                }
            }
        };
        WebApp app = new WebApp().get("/slow", Endpoint.blocking(request -> {
            Stream<String> lines = Stream.iterate(slow.next(), x -> slow.hasNext(), x -> slow.next())
                    .onClose(() -> closed.set(true));
            return StreamingResponse.of("text/plain", lines);
        }));
        try (TestClient client = client(app)) {
            TestStream stream = client.stream("GET", "/slow");
            assertThat(stream.nextLine()).isEqualTo("first");
            assertThat(blocked.await(5, TimeUnit.SECONDS)).isTrue();
            stream.close();
            awaitTrue(interrupted);
            awaitTrue(finallyRan);
            awaitTrue(closed);
        }
    }

    @Test
    void aReaderThatReadsNothingHoldsTheProducer() throws Exception {
        AtomicInteger produced = new AtomicInteger();
        WebApp app = new WebApp().get("/endless", Endpoint.blocking(request -> {
            Iterator<byte[]> endless = Stream.generate(() -> {
                        produced.incrementAndGet();
                        return new byte[64 * 1024];
                    })
                    .iterator();
            return StreamingResponse.of("application/octet-stream", endless);
        }));
        try (TestClient client = client(app);
                TestStream stream = client.stream("GET", "/endless")) {
            Thread.sleep(300);
            int early = produced.get();
            Thread.sleep(300);
            // the producer stopped at the client's window (plus the chunk being pulled), not at memory's end
            assertThat(produced.get()).isEqualTo(early).isLessThanOrEqualTo(TestStream.WINDOW + 2);
            assertThat(stream.nextChunk()).hasSize(64 * 1024);
        }
    }

    @Test
    void aFailingProducerEndsTheResponseWithAnError() {
        WebApp app = new WebApp()
                .get(
                        "/broken",
                        Endpoint.blocking(request -> StreamingResponse.of(
                                "text/plain", Stream.of("a", "b").map(s -> {
                                    if (s.equals("b")) {
                                        throw new IllegalStateException("producer broke");
                                    }
                                    return s;
                                }))));
        try (TestClient client = client(app);
                TestStream stream = client.stream("GET", "/broken")) {
            assertThat(stream.nextChunk()).isEqualTo("a".getBytes(StandardCharsets.UTF_8));
            org.assertj.core.api.Assertions.assertThatThrownBy(stream::nextChunk)
                    .hasMessageContaining("producer broke");
        }
    }

    @Test
    void aRequestBodyIsStreamedAsAPublisher() {
        WebApp app = new WebApp().post("/upload", Endpoint.async(request -> {
            CompletableFuture<Response> answer = new CompletableFuture<>();
            AtomicLong bytes = new AtomicLong();
            AtomicInteger chunks = new AtomicInteger();
            request.stream().subscribe(new Flow.Subscriber<ByteBuffer>() {
                Flow.Subscription subscription;

                @Override
                public void onSubscribe(Flow.Subscription given) {
                    subscription = given;
                    given.request(1);
                }

                @Override
                public void onNext(ByteBuffer chunk) {
                    bytes.addAndGet(chunk.remaining());
                    chunks.incrementAndGet();
                    subscription.request(1);
                }

                @Override
                public void onError(Throwable error) {
                    answer.completeExceptionally(error);
                }

                @Override
                public void onComplete() {
                    answer.complete(Response.json(Map.of("bytes", bytes.get(), "chunks", chunks.get())));
                }
            });
            return answer;
        }));
        try (TestClient client = client(app)) {
            TestResponse response = client.request("POST", "/upload")
                    .body(new byte[100_000], "application/octet-stream")
                    .send();
            assertThat(response.json()).isEqualTo(Map.of("bytes", 100_000, "chunks", 1));
        }
    }

    // A publisher that never emits, and records its cancellation.
    static Flow.Publisher<Object> silentPublisher(AtomicBoolean cancelled) {
        return subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {
                cancelled.set(true);
            }
        });
    }

    static void awaitTrue(AtomicBoolean flag) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!flag.get() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(flag).as("within 5 s").isTrue();
    }
}
