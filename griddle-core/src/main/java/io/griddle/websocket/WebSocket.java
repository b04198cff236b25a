package io.griddle.websocket;

import io.griddle.concurrent.Async;
import io.griddle.concurrent.Loop;
import io.griddle.concurrent.LoopTask;
import io.griddle.gateway.Headers;
import io.griddle.gateway.Message;
import io.griddle.gateway.Receive;
import io.griddle.gateway.Send;
import io.griddle.gateway.WebSocketMessage;
import io.griddle.gateway.WebSocketScope;
import io.griddle.http.Json;
import io.griddle.http.QueryParams;
import io.griddle.http.Request;
import io.griddle.http.internal.RequestAccess;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * A WebSocket session as a handler sees it, Starlette's {@code WebSocket}: the handshake's metadata (path
 * parameters, query, headers, cookies, as {@link Request} gives them) and the messages, each call a stage. Calls in
 * the wrong order fail as Starlette's do: receiving or sending data before {@link #accept()}, sending after a close,
 * receiving after the disconnect. Blocking handlers use the {@link #blocking()} view, whose calls wait.
 *
 * <pre>{@code
 * CompletionStage<Void> chat(WebSocket ws) {
 *     return ws.accept().thenCompose(v -> ws.forEachText(text -> ws.sendText("Message text was: " + text)));
 * }
 * }</pre>
 */
public final class WebSocket {

    private static final RequestAccess REQUESTS = RequestAccess.get();
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final WebSocketScope scope;
    private final Receive receive;
    private final Send send;
    private final Request request;
    private final BlockingWebSocket blocking = new BlockingWebSocket(this);
    private final LoopTask task = new LoopTask() {
        @Override
        public String describe() {
            String route = request.route();
            return "WEBSOCKET " + (route != null ? route : io.griddle.http.LogText.escape(scope.path()));
        }

        // Strict watchdog: the session that held its loop ends with 1011 (refused, before accept). The close is
        // queued on the connection's loop behind the code still holding it, so it goes out once the loop is free;
        // the handler's later sends then fail as sends after a close do.
        @Override
        public void blocked(io.griddle.concurrent.LoopBlockedException failure) {
            if (applicationState != WebSocketState.DISCONNECTED) {
                close(1011, "").exceptionally(ignored -> null);
            }
        }
    };
    private volatile WebSocketState clientState = WebSocketState.CONNECTING;
    private volatile WebSocketState applicationState = WebSocketState.CONNECTING;

    /**
     * A session over the gateway's scope, receive and send.
     *
     * @param state the application's state, as {@link Request#state()}
     */
    public WebSocket(WebSocketScope scope, Receive receive, Send send, Map<String, Object> state) {
        this.scope = scope;
        this.receive = receive;
        this.send = send;
        this.request = Handshake.request(scope, state);
        REQUESTS.attach(request, this);
    }

    /** The gateway scope behind this session. */
    public WebSocketScope scope() {
        return scope;
    }

    /** The handshake as a request: headers, query, cookies, path parameters, state, client. It has no body. */
    public Request request() {
        return request;
    }

    /** The view of this session whose calls wait, for blocking handlers. */
    public BlockingWebSocket blocking() {
        return blocking;
    }

    /** What the loop watchdog names while this session's code runs on a loop ({@code WEBSOCKET /ws/{room}}). */
    public LoopTask loopTask() {
        return task;
    }

    public String path() {
        return scope.path();
    }

    public Map<String, Object> pathParams() {
        return request.pathParams();
    }

    public String pathParam(String name) {
        return request.pathParam(name);
    }

    public QueryParams queryParams() {
        return request.queryParams();
    }

    public String queryParam(String name) {
        return request.queryParam(name);
    }

    public Headers headers() {
        return scope.headers();
    }

    public String header(String name) {
        return scope.headers().get(name);
    }

    public Map<String, String> cookies() {
        return request.cookies();
    }

    public String cookie(String name) {
        return request.cookie(name);
    }

    /** The subprotocols the client offered, in its order of preference. */
    public List<String> subprotocols() {
        return scope.subprotocols();
    }

    /** The application's state, as the startup hooks left it. */
    public Map<String, Object> state() {
        return request.state();
    }

    /** The client's side: connecting until its connect is received, disconnected once its disconnect is. */
    public WebSocketState clientState() {
        return clientState;
    }

    /** The application's side: connecting until accepted, disconnected once a close is sent. */
    public WebSocketState applicationState() {
        return applicationState;
    }

    /** Accepts the session (receiving the client's connect first when nobody has). */
    public CompletionStage<Void> accept() {
        return accept(null, null);
    }

    /** Accepts the session with one of the client's {@link #subprotocols()}. */
    public CompletionStage<Void> accept(String subprotocol) {
        return accept(subprotocol, null);
    }

    /** Accepts the session with a subprotocol (or {@code null}) and extra handshake headers (or {@code null}). */
    public CompletionStage<Void> accept(String subprotocol, Headers headers) {
        WebSocketMessage.Accept accept = new WebSocketMessage.Accept(subprotocol, headers);
        if (clientState == WebSocketState.CONNECTING) {
            return then(receive(), connect -> send(accept)).thenCompose(Function.identity());
        }
        return send(accept);
    }

    /**
     * The next message from the client, as the gateway gives it: {@code Connect} first, then {@code Text} or
     * {@code Binary}, and {@code Disconnect} at the end. Fails once the disconnect has been received.
     */
    public CompletionStage<WebSocketMessage> receive() {
        if (clientState == WebSocketState.DISCONNECTED) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("Cannot call \"receive\" once a disconnect message has been received."));
        }
        CompletionStage<Message> next;
        try {
            next = receive.receive();
        } catch (Throwable error) {
            return CompletableFuture.failedFuture(error);
        }
        return then(next, this::received);
    }

    private WebSocketMessage received(Message message) {
        if (clientState == WebSocketState.CONNECTING) {
            if (!(message instanceof WebSocketMessage.Connect connect)) {
                throw new IllegalStateException("Expected a connect message, but got " + message);
            }
            clientState = WebSocketState.CONNECTED;
            return connect;
        }
        if (message instanceof WebSocketMessage.Disconnect disconnect) {
            clientState = WebSocketState.DISCONNECTED;
            return disconnect;
        }
        if (message instanceof WebSocketMessage.Text || message instanceof WebSocketMessage.Binary) {
            return (WebSocketMessage) message;
        }
        throw new IllegalStateException("Expected a text, binary or disconnect message, but got " + message);
    }

    /** The next text message; fails with {@link WebSocketDisconnect} when the client has gone. */
    public CompletionStage<String> receiveText() {
        return receiveData(message -> {
            if (message instanceof WebSocketMessage.Text text) {
                return text.text();
            }
            throw new IllegalStateException("Expected a text message, but got a binary one");
        });
    }

    /** The next binary message; fails with {@link WebSocketDisconnect} when the client has gone. */
    public CompletionStage<byte[]> receiveBytes() {
        return receiveData(message -> {
            if (message instanceof WebSocketMessage.Binary binary) {
                ByteBuffer buffer = binary.bytes();
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(buffer.position(), bytes);
                return bytes;
            }
            throw new IllegalStateException("Expected a binary message, but got a text one");
        });
    }

    /** The next message (text or binary) parsed as JSON into the type. */
    public <T> CompletionStage<T> receiveJson(Class<T> type) {
        return receiveData(message -> Json.read(dataBytes(message), type));
    }

    private static byte[] dataBytes(WebSocketMessage message) {
        if (message instanceof WebSocketMessage.Text text) {
            return text.text().getBytes(StandardCharsets.UTF_8);
        }
        ByteBuffer buffer = ((WebSocketMessage.Binary) message).bytes();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(buffer.position(), bytes);
        return bytes;
    }

    private <T> CompletionStage<T> receiveData(Mapper<WebSocketMessage, T> read) {
        if (applicationState != WebSocketState.CONNECTED) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("WebSocket is not connected. Need to call \"accept\" first."));
        }
        return then(receive(), message -> {
            if (message instanceof WebSocketMessage.Disconnect disconnect) {
                throw new WebSocketDisconnect(disconnect.code(), disconnect.reason());
            }
            return read.apply(message);
        });
    }

    /**
     * Calls {@code each} with every text message until the client disconnects (then the stage completes normally,
     * as Starlette's {@code iter_text}); the next message is received when the step's stage completes.
     */
    public CompletionStage<Void> forEachText(Function<? super String, ? extends CompletionStage<?>> each) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        nextText(each, done);
        return done;
    }

    private void nextText(Function<? super String, ? extends CompletionStage<?>> each, CompletableFuture<Void> done) {
        receiveText().whenComplete((text, error) -> {
            if (error != null) {
                Throwable cause = Async.unwrap(error);
                if (cause instanceof WebSocketDisconnect) {
                    done.complete(null);
                } else {
                    done.completeExceptionally(cause);
                }
                return;
            }
            CompletionStage<?> step;
            try {
                step = each.apply(text);
            } catch (Throwable failure) {
                done.completeExceptionally(failure);
                return;
            }
            (step == null ? DONE : step).whenComplete((v, failure) -> {
                if (failure != null) {
                    done.completeExceptionally(Async.unwrap(failure));
                } else {
                    nextText(each, done);
                }
            });
        });
    }

    /** Sends a text message; completes when it is written. */
    public CompletionStage<Void> sendText(String text) {
        return send(new WebSocketMessage.Text(text));
    }

    /** Sends a binary message; completes when it is written. */
    public CompletionStage<Void> sendBytes(byte[] bytes) {
        return send(new WebSocketMessage.Binary(ByteBuffer.wrap(bytes)));
    }

    /** Sends the value as JSON in a text message. */
    public CompletionStage<Void> sendJson(Object value) {
        return send(new WebSocketMessage.Text(new String(Json.write(value), StandardCharsets.UTF_8)));
    }

    /** Closes with 1000 (normal closure). Before accept, this refuses the session (the server answers 403). */
    public CompletionStage<Void> close() {
        return close(1000, "");
    }

    /** Closes with the code. */
    public CompletionStage<Void> close(int code) {
        return close(code, "");
    }

    /** Closes with the code and reason. */
    public CompletionStage<Void> close(int code, String reason) {
        return send(new WebSocketMessage.Close(code, reason == null ? "" : reason));
    }

    /**
     * Sends a message as the gateway takes it, checking the order: {@code Accept} or {@code Close} first, then
     * {@code Text}, {@code Binary} or {@code Close}, nothing after a close. A send that finds the connection gone
     * fails with {@link WebSocketDisconnect} (1006).
     */
    public CompletionStage<Void> send(WebSocketMessage message) {
        synchronized (this) {
            switch (applicationState) {
                case CONNECTING -> {
                    if (message instanceof WebSocketMessage.Accept) {
                        applicationState = WebSocketState.CONNECTED;
                    } else if (message instanceof WebSocketMessage.Close) {
                        applicationState = WebSocketState.DISCONNECTED;
                    } else {
                        return CompletableFuture.failedFuture(
                                new IllegalStateException("Expected an accept or close message, but got "
                                        + message.getClass().getSimpleName() + ": call \"accept\" first."));
                    }
                }
                case CONNECTED -> {
                    if (message instanceof WebSocketMessage.Close) {
                        applicationState = WebSocketState.DISCONNECTED;
                    } else if (!(message instanceof WebSocketMessage.Text
                            || message instanceof WebSocketMessage.Binary)) {
                        return CompletableFuture.failedFuture(
                                new IllegalStateException("Expected a text, binary or close message, but got "
                                        + message.getClass().getSimpleName()));
                    }
                }
                case DISCONNECTED -> {
                    return CompletableFuture.failedFuture(
                            new IllegalStateException("Cannot call \"send\" once a close message has been sent."));
                }
            }
        }
        CompletionStage<Void> sent;
        try {
            sent = send.send(message);
        } catch (Throwable error) {
            sent = CompletableFuture.failedFuture(error);
        }
        return then(sent, v -> v, error -> {
            if (error instanceof ClosedChannelException) {
                applicationState = WebSocketState.DISCONNECTED;
                return new WebSocketDisconnect(1006, "");
            }
            return error;
        });
    }

    @FunctionalInterface
    private interface Mapper<T, R> {
        R apply(T value) throws Exception;
    }

    private <T, R> CompletionStage<R> then(CompletionStage<T> stage, Mapper<T, R> map) {
        return then(stage, map, Function.identity());
    }

    // Completes with the mapped value, or with the bare error (not wrapped in CompletionException), so that
    // handlers can test for WebSocketDisconnect; the mapping runs on the loop on behalf of this session, so the
    // watchdog names its route if a continuation holds the loop.
    private <T, R> CompletionStage<R> then(
            CompletionStage<T> stage, Mapper<T, R> map, Function<Throwable, Throwable> failure) {
        CompletableFuture<R> result = new CompletableFuture<>();
        stage.whenComplete((value, error) -> {
            Runnable complete = () -> {
                if (error != null) {
                    result.completeExceptionally(failure.apply(Async.unwrap(error)));
                    return;
                }
                try {
                    result.complete(map.apply(value));
                } catch (Throwable mapped) {
                    result.completeExceptionally(mapped);
                }
            };
            Loop loop = Loop.current();
            if (loop != null && loop.currentTask() == null) {
                loop.runAs(task, complete);
            } else {
                complete.run();
            }
        });
        return result;
    }

    @Override
    public String toString() {
        return "WebSocket " + io.griddle.http.LogText.escape(scope.path());
    }
}
