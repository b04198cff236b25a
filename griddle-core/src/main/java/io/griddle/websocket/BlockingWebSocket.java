package io.griddle.websocket;

import io.griddle.concurrent.Async;
import io.griddle.concurrent.Loop;
import io.griddle.gateway.Headers;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The view of a {@link WebSocket} whose calls wait, for blocking handlers (each runs on its own virtual thread,
 * where waiting costs no platform thread). Same names, same order rules and failures as the async calls. On an
 * event loop every waiting call refuses, since it would wait for the loop itself.
 *
 * <pre>{@code
 * void chat(BlockingWebSocket ws) {
 *     ws.accept();
 *     for (String text : ws.texts()) {
 *         ws.sendText("Message text was: " + text);
 *     }
 * }
 * }</pre>
 */
public final class BlockingWebSocket {

    private final WebSocket socket;

    BlockingWebSocket(WebSocket socket) {
        this.socket = socket;
    }

    /** The session itself: metadata, states, and the async calls. */
    public WebSocket async() {
        return socket;
    }

    public String pathParam(String name) {
        return socket.pathParam(name);
    }

    public String queryParam(String name) {
        return socket.queryParam(name);
    }

    public String header(String name) {
        return socket.header(name);
    }

    public String cookie(String name) {
        return socket.cookie(name);
    }

    public void accept() {
        await(() -> socket.accept());
    }

    public void accept(String subprotocol) {
        await(() -> socket.accept(subprotocol));
    }

    public void accept(String subprotocol, Headers headers) {
        await(() -> socket.accept(subprotocol, headers));
    }

    /** The next text message, waiting for it; throws {@link WebSocketDisconnect} when the client has gone. */
    public String receiveText() {
        return await(() -> socket.receiveText());
    }

    /** The next binary message, waiting for it; throws {@link WebSocketDisconnect} when the client has gone. */
    public byte[] receiveBytes() {
        return await(() -> socket.receiveBytes());
    }

    /** The next message parsed as JSON, waiting for it; throws {@link WebSocketDisconnect} when the client has gone. */
    public <T> T receiveJson(Class<T> type) {
        return await(() -> socket.receiveJson(type));
    }

    public void sendText(String text) {
        await(() -> socket.sendText(text));
    }

    public void sendBytes(byte[] bytes) {
        await(() -> socket.sendBytes(bytes));
    }

    public void sendJson(Object value) {
        await(() -> socket.sendJson(value));
    }

    public void close() {
        await(() -> socket.close());
    }

    public void close(int code) {
        await(() -> socket.close(code));
    }

    public void close(int code, String reason) {
        await(() -> socket.close(code, reason));
    }

    /**
     * The text messages until the client disconnects (the iteration then simply ends, as Starlette's
     * {@code iter_text}). Each {@code hasNext} waits for the next message.
     */
    public Iterable<String> texts() {
        return () -> new Iterator<>() {
            private String next;
            private boolean ended;

            @Override
            public boolean hasNext() {
                if (next == null && !ended) {
                    try {
                        next = receiveText();
                    } catch (WebSocketDisconnect gone) {
                        ended = true;
                    }
                }
                return next != null;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("the client disconnected");
                }
                String text = next;
                next = null;
                return text;
            }
        };
    }

    // Starts the call (never on a loop: nothing is sent then), waits for its stage, throws its failure as it is.
    private static <T> T await(Supplier<CompletionStage<T>> call) {
        if (Loop.current() != null) {
            throw new IllegalStateException("a BlockingWebSocket call waits, and this is an event loop: use the"
                    + " WebSocket's async calls in async handlers, or make the handler blocking");
        }
        try {
            return call.get().toCompletableFuture().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting on a WebSocket", e);
        } catch (ExecutionException e) {
            Throwable cause = Async.unwrap(e);
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
