package io.griddle.test;

import io.griddle.concurrent.Async;
import io.griddle.concurrent.Loop;
import io.griddle.gateway.Gateway;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.Message;
import io.griddle.gateway.WebSocketMessage;
import io.griddle.gateway.WebSocketScope;
import io.griddle.http.Json;
import io.griddle.websocket.WebSocketDisconnect;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket session with an application, in process, as the server would run it (the gateway's WebSocket
 * contract): made by {@link TestClient#websocketConnect}, which returns once the application accepted. Every
 * receive waits at most the client's timeout. A close from the application shows as {@link WebSocketDisconnect}
 * (with its code) on the next receive, as with Starlette's test client; closing this session sends the application
 * a disconnect (1000) and waits for its handler to end.
 *
 * <pre>{@code
 * try (TestWebSocket ws = client.websocketConnect("/ws")) {
 *     ws.sendText("hello");
 *     assertThat(ws.receiveText()).isEqualTo("Message text was: hello");
 * }
 * }</pre>
 */
public final class TestWebSocket implements AutoCloseable {

    /** A marker in the outbound queue: the application's call ended. */
    private record Ended(Throwable error) {}

    /**
     * The application refused the session without a close: with an HTTP response (status, headers, body), or by
     * ending (403) or failing (500) before accept, as the server answers then.
     */
    public static final class Denied extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        private final int status;
        private final transient Headers headers;
        private final byte[] body;

        Denied(int status, Headers headers, byte[] body) {
            super("the WebSocket handshake was answered " + status);
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public Headers headers() {
            return headers;
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final Loop loop;
    private final Duration timeout;
    private final LinkedBlockingQueue<Object> outbound = new LinkedBlockingQueue<>();
    private final ArrayDeque<Message> inbound = new ArrayDeque<>();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private CompletableFuture<Message> waiting;
    private WebSocketMessage.Accept accept;
    private volatile boolean closed;
    private Throwable failure;

    TestWebSocket(Gateway app, Loop loop, Duration timeout, WebSocketScope scope) {
        this.loop = loop;
        this.timeout = timeout;
        inbound.add(new WebSocketMessage.Connect());
        loop.execute(() -> {
            CompletionStage<Void> call;
            try {
                call = app.call(scope, this::receiveFromClient, this::sendToClient);
            } catch (Throwable error) {
                call = CompletableFuture.failedFuture(error);
            }
            call.whenComplete((v, error) -> {
                outbound.add(new Ended(error == null ? null : Async.unwrap(error)));
                ended.complete(null);
            });
        });
        handshake(scope.path());
    }

    // The application's first answer: accept, close (WebSocketDisconnect), a denial response, or none.
    private void handshake(String path) {
        Object first = next("the handshake of " + path);
        if (first instanceof WebSocketMessage.Accept accepted) {
            accept = accepted;
            return;
        }
        if (!(first instanceof HttpMessage.ResponseStart)) {
            closed = true;
        }
        if (first instanceof WebSocketMessage.Close close) {
            inbound(new WebSocketMessage.Disconnect(close.code(), close.reason()));
            throw new WebSocketDisconnect(close.code(), close.reason());
        }
        if (first instanceof HttpMessage.ResponseStart start) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Object part = next("the denial body"); ; part = next("the denial body")) {
                if (part instanceof HttpMessage.ResponseBody chunk) {
                    ByteBuffer bytes = chunk.body().duplicate();
                    byte[] copy = new byte[bytes.remaining()];
                    bytes.get(copy);
                    body.write(copy, 0, copy.length);
                    if (!chunk.more()) {
                        break;
                    }
                } else {
                    break;
                }
            }
            closed = true; // only now: the denial's body may still be on its way from the application
            throw new Denied(start.status(), start.headers(), body.toByteArray());
        }
        if (first instanceof Ended end && end.error() != null) {
            rethrow(end.error());
        }
        throw new Denied(403, Headers.of(), new byte[0]);
    }

    /** The subprotocol the application chose, or {@code null}. */
    public String subprotocol() {
        return accept.subprotocol();
    }

    /** The extra headers the application accepted with (empty when none). */
    public Headers acceptHeaders() {
        return accept.headers() == null ? Headers.of() : accept.headers();
    }

    public void sendText(String text) {
        toApplication(new WebSocketMessage.Text(text));
    }

    public void sendBytes(byte[] bytes) {
        toApplication(new WebSocketMessage.Binary(ByteBuffer.wrap(bytes.clone())));
    }

    /** Sends the value as JSON in a text message. */
    public void sendJson(Object value) {
        sendText(new String(Json.write(value), StandardCharsets.UTF_8));
    }

    /**
     * The application's next message ({@code Text}, {@code Binary}); a close throws {@link WebSocketDisconnect}
     * with its code (1000 when the handler ended without closing, as the server closes then).
     */
    public WebSocketMessage receive() {
        Object message = next("a message");
        if (message instanceof WebSocketMessage.Close close) {
            closed = true;
            inbound(new WebSocketMessage.Disconnect(close.code(), close.reason())); // the peer answers the close
            throw new WebSocketDisconnect(close.code(), close.reason());
        }
        if (message instanceof Ended end) {
            closed = true;
            outbound.add(end); // every later receive sees the end too
            if (end.error() != null) {
                rethrow(end.error());
            }
            throw new WebSocketDisconnect(1000, "");
        }
        return (WebSocketMessage) message;
    }

    /** The next message, which must be text. */
    public String receiveText() {
        WebSocketMessage message = receive();
        if (message instanceof WebSocketMessage.Text text) {
            return text.text();
        }
        throw new AssertionError("expected a text message, got " + message);
    }

    /** The next message, which must be binary. */
    public byte[] receiveBytes() {
        WebSocketMessage message = receive();
        if (message instanceof WebSocketMessage.Binary binary) {
            ByteBuffer bytes = binary.bytes().duplicate();
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            return copy;
        }
        throw new AssertionError("expected a binary message, got " + message);
    }

    /** The next text message parsed as JSON (maps, lists, strings, numbers, booleans). */
    public Object receiveJson() {
        return receiveJson(Object.class);
    }

    /** The next text message parsed as JSON into the type. */
    public <T> T receiveJson(Class<T> type) {
        return Json.read(receiveText().getBytes(StandardCharsets.UTF_8), type);
    }

    /** Closes with the code: the application receives a disconnect with it. Waits for its handler to end. */
    public void close(int code) {
        close(code, "");
    }

    /** Closes with the code and reason, then waits for the application's handler to end. */
    public void close(int code, String reason) {
        if (!closed) {
            closed = true;
            inbound(new WebSocketMessage.Disconnect(code, reason));
        }
        try {
            ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(
                    "the WebSocket handler did not end within " + timeout.toMillis() + " ms of the close");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (Object left : outbound) {
            if (left instanceof Ended end && end.error() != null && failure == null) {
                failure = end.error();
                rethrow(end.error());
            }
        }
    }

    /** Closes with 1000 (normal closure) unless the session is closed already, and waits for the handler. */
    @Override
    public void close() {
        close(1000, "");
    }

    private Object next(String what) {
        try {
            Object message = outbound.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("no WebSocket message (" + what + ") within " + timeout.toMillis() + " ms");
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what);
        }
    }

    private void toApplication(WebSocketMessage message) {
        if (closed) {
            throw new IllegalStateException("the WebSocket session is closed");
        }
        inbound(message);
    }

    // Hands a message to the application, completing its pending receive on the loop, as the server would.
    private void inbound(Message message) {
        CompletableFuture<Message> pending;
        synchronized (this) {
            pending = waiting;
            waiting = null;
            if (pending == null) {
                inbound.add(message);
                return;
            }
        }
        loop.execute(() -> pending.complete(message));
    }

    private synchronized CompletionStage<Message> receiveFromClient() {
        Message message = inbound.poll();
        if (message != null) {
            if (message instanceof WebSocketMessage.Disconnect) {
                inbound.addFirst(message); // every later receive gets the same disconnect
            }
            return CompletableFuture.completedFuture(message);
        }
        waiting = new CompletableFuture<>();
        return waiting;
    }

    private CompletionStage<Void> sendToClient(Message message) {
        if (closed && !(message instanceof WebSocketMessage.Close)) { // the client is gone, as a closed socket
            return CompletableFuture.failedFuture(new java.nio.channels.ClosedChannelException());
        }
        outbound.add(message);
        return CompletableFuture.completedFuture(null);
    }

    private static void rethrow(Throwable error) {
        if (error instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        throw new IllegalStateException(error);
    }
}
