package io.griddle.examples.burgershop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Query;
import io.griddle.Streamed;
import io.griddle.WebSocketRoute;
import io.griddle.server.GriddleServer;
import io.griddle.server.ServerConfig;
import io.griddle.streaming.Publishers;
import io.griddle.streaming.ServerSentEvent;
import io.griddle.websocket.BlockingWebSocket;
import io.griddle.websocket.WebSocket;
import io.griddle.websocket.WebSocketDisconnect;
import io.griddle.websocket.WebSocketException;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * WebSocket routes and a Server-Sent Events route of the framework served by the real server, driven by the JDK's
 * own clients over loopback: the parts (server, core session, binding, streaming) working together on a socket.
 */
@Timeout(60)
class RealSocketTest {

    /** The routes under test; each notes what it saw, so the tests see the server side too. */
    public static final class Routes {
        final CompletableFuture<Integer> disconnectCode = new CompletableFuture<>();
        final CompletableFuture<String> blockingThread = new CompletableFuture<>();
        final CompletableFuture<Integer> asyncDisconnect = new CompletableFuture<>();

        @WebSocketRoute("/echo/{room}")
        public CompletionStage<Void> echo(WebSocket ws, @Path String room, @Query int times) {
            return ws.accept().thenCompose(v -> ws.forEachText(text -> ws.sendText(room + ": " + text.repeat(times))));
        }

        /** Async: counts the messages until the client leaves, then notes its close code. */
        @WebSocketRoute("/count")
        public CompletionStage<Void> count(WebSocket ws) {
            return ws.accept().thenCompose(v -> countFrom(ws, 0)).whenComplete((v, error) -> {
                Throwable cause = error instanceof CompletionException wrapped ? wrapped.getCause() : error;
                asyncDisconnect.complete(cause instanceof WebSocketDisconnect gone ? gone.code() : -1);
            });
        }

        private static CompletionStage<Void> countFrom(WebSocket ws, int seen) {
            return ws.receiveText()
                    .thenCompose(text -> ws.sendText(String.valueOf(seen + 1)))
                    .thenCompose(v -> countFrom(ws, seen + 1));
        }

        @WebSocketRoute("/refuses-after-accept")
        public void refusesAfterAccept(BlockingWebSocket ws) {
            ws.accept();
            throw new WebSocketException(4003, "no table for " + ws.receiveText());
        }

        @WebSocketRoute("/blocking")
        public void blocking(BlockingWebSocket ws) {
            blockingThread.complete(Thread.currentThread().isVirtual() ? "virtual" : "platform");
            ws.accept();
            try {
                while (true) {
                    ws.sendText("got " + ws.receiveText());
                }
            } catch (WebSocketDisconnect gone) {
                disconnectCode.complete(gone.code());
            }
        }

        @WebSocketRoute("/fails")
        public CompletionStage<Void> fails(WebSocket ws) {
            return ws.accept().thenCompose(v -> ws.receiveText()).thenApply(text -> {
                throw new IllegalStateException("kitchen on fire: " + text);
            });
        }

        @Streamed(Streamed.EVENT_STREAM)
        @Get("/ticks")
        public java.util.concurrent.Flow.Publisher<ServerSentEvent> ticks(@Query int count) {
            return Publishers.of(IntStream.rangeClosed(1, count)
                    .mapToObj(i ->
                            ServerSentEvent.of("tick " + i).withEvent("tick").withId(String.valueOf(i)))
                    .toList());
        }
    }

    private final Routes routes = new Routes();
    private GriddleServer server;
    private HttpClient client;

    @BeforeEach
    void start() {
        server = GriddleServer.start(
                App.create().include(routes),
                ServerConfig.builder()
                        .host("127.0.0.1")
                        .port(0)
                        .loops(1)
                        .accessLog(false)
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build());
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @AfterEach
    void stop() throws InterruptedException {
        // close() would wait, without bound, for a WebSocket a failed test left open (the JDK client's rule)
        client.shutdownNow();
        client.awaitTermination(Duration.ofSeconds(5));
        server.stop();
    }

    /** A JDK WebSocket listener that queues what arrives: texts, and the close as {@code "close <code> <reason>"}. */
    static final class Inbox implements java.net.http.WebSocket.Listener {
        final LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(java.net.http.WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(java.net.http.WebSocket socket, int code, String reason) {
            messages.add("close " + code + " " + reason);
            return null;
        }

        @Override
        public void onError(java.net.http.WebSocket socket, Throwable error) {
            messages.add("error " + error);
        }

        String next() throws InterruptedException {
            String message = messages.poll(10, TimeUnit.SECONDS);
            assertThat(message).as("a message within 10 s").isNotNull();
            return message;
        }
    }

    private java.net.http.WebSocket connect(String target, Inbox inbox) throws Exception {
        return client.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + target), inbox)
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void echoesWithPathAndQueryParametersBound() throws Exception {
        Inbox inbox = new Inbox();
        java.net.http.WebSocket socket = connect("/echo/lobby?times=2", inbox);
        socket.sendText("ho", true).get(5, TimeUnit.SECONDS);
        assertThat(inbox.next()).isEqualTo("lobby: hoho");
        socket.sendText("hey", true).get(5, TimeUnit.SECONDS);
        assertThat(inbox.next()).isEqualTo("lobby: heyhey");
        socket.sendClose(1000, "bye").get(5, TimeUnit.SECONDS);
        assertThat(inbox.next()).startsWith("close 1000"); // the handler ended: the server closes with 1000
    }

    @Test
    void aValidationFailureRefusesTheHandshakeWith403() {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        assertThatThrownBy(() -> connect("/echo/lobby?times=many", new Inbox()))
                .isInstanceOf(ExecutionException.class)
                .satisfies(e -> failure.set(e.getCause()));
        assertThat(failure.get()).isInstanceOf(WebSocketHandshakeException.class);
        assertThat(((WebSocketHandshakeException) failure.get()).getResponse().statusCode())
                .isEqualTo(403);
    }

    @Test
    void anExceptionAfterAcceptClosesWith1011() throws Exception {
        Inbox inbox = new Inbox();
        java.net.http.WebSocket socket = connect("/fails", inbox);
        socket.sendText("smoke", true).get(5, TimeUnit.SECONDS);
        assertThat(inbox.next()).startsWith("close 1011");
    }

    @Test
    void aBlockingHandlerRunsOnAVirtualThreadAndSeesTheClientsCloseCode() throws Exception {
        Inbox inbox = new Inbox();
        java.net.http.WebSocket socket = connect("/blocking", inbox);
        socket.sendText("fries", true).get(5, TimeUnit.SECONDS);
        assertThat(inbox.next()).isEqualTo("got fries");
        assertThat(routes.blockingThread.get(5, TimeUnit.SECONDS)).isEqualTo("virtual");
        socket.sendClose(4001, "going home").get(5, TimeUnit.SECONDS);
        assertThat(routes.disconnectCode.get(10, TimeUnit.SECONDS)).isEqualTo(4001);
        assertThat(inbox.next()).startsWith("close ");
    }

    @Test
    void serverSentEventsArriveLineByLine() throws Exception {
        HttpResponse<InputStream> response = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/ticks?count=3"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("text/event-stream; charset=utf-8");
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        }
        assertThat(lines)
                .containsExactly(
                        "event: tick",
                        "data: \"tick 1\"",
                        "id: 1",
                        "",
                        "event: tick",
                        "data: \"tick 2\"",
                        "id: 2",
                        "",
                        "event: tick",
                        "data: \"tick 3\"",
                        "id: 3",
                        "");
    }

    @Test
    void aFragmentedMessageArrivesWhole() throws Exception {
        Inbox inbox = new Inbox();
        java.net.http.WebSocket socket = connect("/echo/frag?times=1", inbox);
        String big = "x".repeat(70_000);
        socket.sendText("ab", false).get(5, TimeUnit.SECONDS);
        socket.sendText(big, false).get(5, TimeUnit.SECONDS);
        socket.sendText("cd", true).get(5, TimeUnit.SECONDS);
        assertThat(inbox.next()).isEqualTo("frag: ab" + big + "cd");
        socket.sendClose(1000, "").get(5, TimeUnit.SECONDS);
        assertThat(inbox.next()).startsWith("close 1000");
    }

    @Test
    void anAsyncHandlerSeesTheClientsCloseCode() throws Exception {
        Inbox inbox = new Inbox();
        java.net.http.WebSocket socket = connect("/count", inbox);
        socket.sendText("one", true).get(5, TimeUnit.SECONDS);
        assertThat(inbox.next()).isEqualTo("1");
        socket.sendText("two", true).get(5, TimeUnit.SECONDS);
        assertThat(inbox.next()).isEqualTo("2");
        socket.sendClose(1001, "").get(5, TimeUnit.SECONDS);
        assertThat(routes.asyncDisconnect.get(10, TimeUnit.SECONDS)).isEqualTo(1001);
        assertThat(inbox.next()).startsWith("close "); // the server answered the client's close
    }

    @Test
    void aWebSocketExceptionAfterAcceptClosesWithItsCodeAndReason() throws Exception {
        Inbox inbox = new Inbox();
        java.net.http.WebSocket socket = connect("/refuses-after-accept", inbox);
        socket.sendText("six", true).get(5, TimeUnit.SECONDS);
        assertThat(inbox.next()).isEqualTo("close 4003 no table for six");
    }
}
