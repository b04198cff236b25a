package io.griddle.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.gateway.Chunk;
import io.griddle.gateway.Connection;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A body decoder set on a request changes what every reader of the body gets, once, and only before it is read. */
class RequestBodyDecoderTest {

    private static final BodyDecoder UPPER = (request, body) ->
            new String(body, StandardCharsets.UTF_8).toUpperCase().getBytes(StandardCharsets.UTF_8);

    private static Request request(CompletionStage<Message> first, CompletionStage<Message> second) {
        Queue<CompletionStage<Message>> queue = new ArrayDeque<>(List.of(first, second));
        HttpScope scope = new HttpScope(
                "POST",
                "/",
                "/",
                "",
                "1.1",
                "http",
                "",
                Headers.of("content-encoding", "upper"),
                Connection.IN_PROCESS);
        return new Request(scope, () -> queue.isEmpty() ? new CompletableFuture<>() : queue.poll(), Map.of());
    }

    private static Request request(CompletionStage<Message> only) {
        return request(only, new CompletableFuture<>());
    }

    private static CompletionStage<Message> part(String text, boolean more) {
        return CompletableFuture.completedFuture(
                new HttpMessage.RequestBody(Chunk.of(text.getBytes(StandardCharsets.UTF_8)), more));
    }

    @Test
    void everyReaderGetsTheDecodedBodyAndTheDecoderRunsOnce() {
        AtomicInteger runs = new AtomicInteger();
        Request request = request(part("hello", false));
        request.decodeBody((r, body) -> {
            runs.incrementAndGet();
            return UPPER.decode(r, body);
        });
        // The body came with the head: the decoded body is ready at once, as the raw one would be.
        assertThat(request.body().toCompletableFuture()).isCompleted();
        assertThat(request.text().toCompletableFuture().join()).isEqualTo("HELLO");
        assertThat(new String(request.body().toCompletableFuture().join(), StandardCharsets.UTF_8))
                .isEqualTo("HELLO");
        assertThat(runs).hasValue(1);
    }

    @Test
    void theDecoderSeesTheRequestAndTheWholeBodyOfSeveralChunks() {
        CompletableFuture<Message> late = new CompletableFuture<>();
        Request request = request(part("con", true), late);
        request.decodeBody((r, body) -> (r.header("content-encoding") + ":" + new String(body, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
        CompletableFuture<String> text = request.text().toCompletableFuture();
        assertThat(text).isNotDone();
        late.complete(new HttpMessage.RequestBody(Chunk.of("tent".getBytes(StandardCharsets.UTF_8)), false));
        assertThat(text.join()).isEqualTo("upper:content");
    }

    @Test
    void withoutADecoderTheBodyIsAsItArrived() {
        Request request = request(part("hello", false));
        assertThat(request.bodyDecoder()).isNull();
        assertThat(request.text().toCompletableFuture().join()).isEqualTo("hello");
    }

    @Test
    void aBodyTheDecoderCannotReadIsA400() {
        Request request = request(part("not gzip", false));
        request.decodeBody((r, body) -> {
            throw new IOException("Not in GZIP format");
        });
        assertThatThrownBy(() -> request.body().toCompletableFuture().join())
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOfSatisfying(HttpError.class, error -> {
                    assertThat(error.status()).isEqualTo(400);
                    assertThat(error.detail()).isEqualTo("There was an error parsing the body");
                });
    }

    @Test
    void anHttpErrorFromTheDecoderIsAnsweredAsItIs() {
        Request request = request(part("a bomb", false));
        request.decodeBody((r, body) -> {
            throw new HttpError(413, "Content Too Large");
        });
        assertThatThrownBy(() -> request.body().toCompletableFuture().join())
                .cause()
                .isInstanceOfSatisfying(
                        HttpError.class, error -> assertThat(error.status()).isEqualTo(413));
    }

    @Test
    void aDecoderIsSetBeforeTheBodyIsReadAndOnlyOnce() {
        Request read = request(part("hello", false));
        read.body();
        assertThatThrownBy(() -> read.decodeBody(UPPER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read already");

        Request twice = request(part("hello", false));
        twice.decodeBody(UPPER);
        assertThat(twice.bodyDecoder()).isSameAs(UPPER);
        assertThatThrownBy(() -> twice.decodeBody(UPPER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("decoder already");
    }

    @Test
    void aDecodedBodyIsNotReadAsAStream() {
        Request request = request(part("hello", false));
        request.decodeBody(UPPER);
        assertThatThrownBy(request::stream).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> request.stream((chunk, last) -> CompletableFuture.completedFuture(null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("body()");
        // Refusing the stream left the body unread: body() still decodes it.
        assertThat(request.text().toCompletableFuture().join()).isEqualTo("HELLO");
    }
}
