package io.griddle.server.http1;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.gateway.HttpMessage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * One HTTP/1.1 connection on Netty's {@code EmbeddedChannel}, with a tiny gateway app: the order of pipelined
 * answers, a head held for its body, the body limit, the backpressure on reading, and {@code writable()} stages.
 */
class HttpConnectionTest {

    private static final String GET_CLOSE = " HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n";

    @Test
    void pipelinedRequestsAreAnsweredInOrderWhateverOrderTheyFinishIn() {
        CompletableFuture<String> slow = new CompletableFuture<>();
        TinyApp app = new TinyApp().route("/slow", (receive, send) -> slow).text("/fast", "fast");
        try (EmbeddedConnection connection = new EmbeddedConnection(app)) {
            connection.send("GET /slow HTTP/1.1\r\nHost: t\r\n\r\nGET /fast" + GET_CLOSE);
            assertThat(connection.received()).isEmpty(); // /fast waits for /slow's answer

            slow.complete("slow");
            String answers = connection.received();
            assertThat(answers.indexOf("\r\n\r\nslow")).isPositive();
            assertThat(answers.indexOf("\r\n\r\nfast")).isGreaterThan(answers.indexOf("\r\n\r\nslow"));
            assertThat(answers.split("HTTP/1.1 200 OK", -1)).hasSize(3);
        }
    }

    @Test
    void aHeadWhoseBodyIsInTheSameReadStartsWithItsBodyAlreadyThere() {
        TinyApp app = new TinyApp().route("/ready", (receive, send) -> {
            CompletableFuture<?> first = receive.receive().toCompletableFuture();
            boolean ready = first.isDone();
            return first.thenApply(message -> {
                ((HttpMessage.RequestBody) message).chunk().release();
                return ready ? "ready" : "waited";
            });
        });
        try (EmbeddedConnection connection = new EmbeddedConnection(app)) {
            connection.send("POST /ready HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\n\r\n{}");
            assertThat(connection.received()).endsWith("\r\n\r\nready");

            connection.send("POST /ready HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\n\r\n"); // the body comes later
            assertThat(connection.received()).isEmpty();
            connection.send("{}");
            assertThat(connection.received()).endsWith("\r\n\r\nwaited");
        }
    }

    @Test
    void aChunkedBodyCrossingTheLimitMidStreamGets413AndTheConnectionCloses() {
        AtomicReference<CompletionStage<Integer>> read = new AtomicReference<>();
        TinyApp app = new TinyApp().route("/upload", (receive, send) -> {
            read.set(TinyApp.bodySize(receive));
            return read.get().thenApply(size -> "read " + size);
        });
        ConnectionSettings settings = ConnectionSettings.builder(app, ConnectionTracker.NONE)
                .dateHeader(false)
                .maxBodySize(10)
                .build();
        try (EmbeddedConnection connection = new EmbeddedConnection(settings)) {
            connection.send("POST /upload HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
            assertThat(connection.received()).isEmpty(); // within the limit so far: the app reads on

            connection.send("a\r\n0123456789\r\n0\r\n\r\n");
            assertThat(connection.received())
                    .startsWith("HTTP/1.1 413 Request Entity Too Large")
                    .contains("connection: close")
                    .endsWith("\r\n\r\nRequest body too large");
            // The app's read ends with what came within the limit: it never sees the rest.
            assertThat(read.get().toCompletableFuture()).isCompletedWithValue(5);
        }
    }

    @Test
    void readingStopsAboveTheHighWaterMarkAndResumesOnceTheAppCatchesUp() {
        CompletableFuture<Void> appReads = new CompletableFuture<>();
        TinyApp app = new TinyApp()
                .route(
                        "/upload",
                        (receive, send) -> appReads.thenCompose(v -> TinyApp.bodySize(receive))
                                .thenApply(size -> "read " + size));
        int length = 3 * RequestQueue.HIGH_WATER;
        try (EmbeddedConnection connection = new EmbeddedConnection(app)) {
            connection.send("POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: " + length + "\r\n\r\n");
            String piece = "x".repeat(16 * 1024);
            int sent = 0;
            for (int i = 0; i < 5; i++) { // 80 KB unread: past the mark
                connection.send(piece);
                sent += piece.length();
            }
            assertThat(connection.channel.config().isAutoRead()).isFalse();

            appReads.complete(null); // the app drains what is queued
            assertThat(connection.channel.config().isAutoRead()).isTrue();
            while (sent < length) {
                connection.send(piece);
                sent += piece.length();
            }
            assertThat(connection.received()).endsWith("\r\n\r\nread " + length);
            assertThat(connection.channel.config().isAutoRead()).isTrue();
        }
    }

    @Test
    void aStreamingResponseWaitsWhileTheSocketIsNotWritable() {
        AtomicReference<CompletionStage<Void>> firstPiece = new AtomicReference<>();
        TinyApp app = new TinyApp().route("/stream", (receive, send) -> {
            CompletionStage<Void> sent = send.send(new HttpMessage.ResponseStart(
                            200, io.griddle.gateway.Headers.of("content-type", "text/plain")))
                    .thenCompose(v -> send.send(new HttpMessage.ResponseBody(bytes("one,"), true)));
            firstPiece.set(sent);
            return sent.thenCompose(v -> send.send(HttpMessage.ResponseBody.last(bytes("two"))))
                    .thenApply(v -> null);
        });
        try (EmbeddedConnection connection = new EmbeddedConnection(app)) {
            // A slow reader: the socket's write buffer stays full until the test says otherwise.
            connection.channel.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
            connection.send("GET /stream" + GET_CLOSE);
            assertThat(firstPiece.get().toCompletableFuture()).isNotCompleted();
            assertThat(connection.received()).contains("one,").doesNotContain("two");

            connection.channel.unsafe().outboundBuffer().setUserDefinedWritability(1, true);
            connection.channel.runPendingTasks(); // the writability change is announced from the loop
            assertThat(firstPiece.get().toCompletableFuture()).isCompleted();
            assertThat(connection.received()).contains("two");
        }
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
