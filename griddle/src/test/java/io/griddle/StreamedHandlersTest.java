package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.streaming.Publishers;
import io.griddle.streaming.ServerSentEvent;
import io.griddle.test.TestClient;
import io.griddle.test.TestEvent;
import io.griddle.test.TestResponse;
import io.griddle.test.TestStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Handlers that return a stream of items: JSON Lines by default, {@code @Streamed} for events or raw chunks. */
class StreamedHandlersTest {

    record Item(String name) {}

    static final AtomicBoolean closed = new AtomicBoolean();

    @SuppressWarnings("unused")
    static final class Routes {
        @Get("/lines")
        Iterator<Item> lines() {
            return List.of(new Item("a"), new Item("b")).iterator();
        }

        @Get("/list")
        List<Item> list() {
            return List.of(new Item("a"));
        }

        @Streamed(Streamed.JSON_LINES)
        @Get("/iterable")
        Iterable<Item> iterable() {
            return List.of(new Item("a"), new Item("b"));
        }

        @StatusCode(201)
        @Post("/created")
        Stream<Item> created() {
            return Stream.of(new Item("made"));
        }

        @Get("/async")
        CompletionStage<Flow.Publisher<Item>> async() {
            return CompletableFuture.completedFuture(Publishers.of(List.of(new Item("later"))));
        }

        @Streamed(value = Streamed.EVENT_STREAM, keepAliveMillis = 50)
        @Get("/quiet")
        Stream<ServerSentEvent> quiet() {
            return Stream.generate(() -> {
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            throw new IllegalStateException("interrupted", e);
                        }
                        return ServerSentEvent.of("never");
                    })
                    .onClose(() -> closed.set(true));
        }

        @Streamed(value = Streamed.EVENT_STREAM, keepAliveMillis = 50)
        @Get("/slow")
        Stream<Map<String, Integer>> slow() {
            return Stream.of(1, 2)
                    .peek(n -> {
                        if (n == 2) {
                            try {
                                Thread.sleep(300);
                            } catch (InterruptedException e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    })
                    .map(n -> Map.of("n", n));
        }

        @Streamed(Streamed.EVENT_STREAM)
        @Get("/fast")
        Stream<Item> fast() {
            return Stream.of(new Item("a"), new Item("b"));
        }

        @Streamed("text/csv")
        @Get("/csv")
        Stream<String> csv() {
            return Stream.of("a,b\n", "1,2\n");
        }
    }

    private final TestClient client = TestClient.builder(App.create().include(new Routes()))
            .timeout(Duration.ofSeconds(5))
            .build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aStreamOfItemsIsJsonLines() {
        TestResponse response = client.get("/lines");
        assertThat(response.header("content-type")).isEqualTo("application/jsonl");
        assertThat(response.text()).isEqualTo("{\"name\":\"a\"}\n{\"name\":\"b\"}\n");
    }

    @Test
    void aListStaysAJsonArrayAndAnIterableStreamsOnlyWhenAsked() {
        assertThat(client.get("/list").text()).isEqualTo("[{\"name\":\"a\"}]");
        assertThat(client.get("/iterable").text()).isEqualTo("{\"name\":\"a\"}\n{\"name\":\"b\"}\n");
    }

    @Test
    void theStatusCodeAndAnAsyncHandlersPublisherApply() {
        TestResponse created = client.request("POST", "/created").send();
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text()).isEqualTo("{\"name\":\"made\"}\n");
        assertThat(client.get("/async").text()).isEqualTo("{\"name\":\"later\"}\n");
    }

    @Test
    void anIdleEventStreamPingsAtItsKeepAliveAndLeavingClosesTheStream() throws Exception {
        closed.set(false);
        TestStream events = client.stream("GET", "/quiet");
        TestEvent ping = events.nextEvent();
        assertThat(ping.comments()).containsExactly("ping");
        assertThat(ping.data()).isNull();
        events.close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!closed.get() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(closed).as("the stream's onClose ran").isTrue();
    }

    @Test
    void aSlowBlockingProducerGetsPingsBetweenItsEventsAndAFastOneNone() {
        String slow = client.get("/slow").text();
        assertThat(slow).contains(": ping\n");
        assertThat(slow.lines().filter(line -> line.startsWith("data: ")))
                .containsExactly("data: {\"n\":1}", "data: {\"n\":2}");
        assertThat(client.get("/fast").text()).doesNotContain(": ping");
    }

    @Test
    void anotherMediaTypeSendsRawChunks() {
        TestResponse response = client.get("/csv");
        assertThat(response.header("content-type")).isEqualTo("text/csv");
        assertThat(response.text()).isEqualTo("a,b\n1,2\n");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentShowsTheItemSchema() {
        Map<String, Object> document =
                (Map<String, Object>) client.get("/openapi.json").json();
        Map<String, Object> lines = (Map<String, Object>) ((Map<String, Object>)
                        ((Map<String, Object>) ((Map<String, Object>) document.get("paths")).get("/lines")).get("get"))
                .get("responses");
        assertThat(lines.get("200"))
                .isEqualTo(Map.of(
                        "description",
                        "Successful Response",
                        "content",
                        Map.of(
                                "application/jsonl",
                                Map.of("itemSchema", Map.of("$ref", "#/components/schemas/Item")))));
    }

    @Test
    void streamedOnAResultThatIsNotAStreamIsRefusedAtStartup() {
        @SuppressWarnings("unused")
        final class Wrong {
            @Streamed(Streamed.EVENT_STREAM)
            @Get("/x")
            Item item() {
                return new Item("x");
            }
        }
        assertThatThrownBy(() -> App.create().include(new Wrong()))
                .hasMessageContaining("@Streamed needs a Stream, Iterator, Iterable or Flow.Publisher result");
    }
}
