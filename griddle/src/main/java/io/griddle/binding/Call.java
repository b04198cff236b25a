package io.griddle.binding;

import io.griddle.RequestValidationError.Issue;
import io.griddle.Yield;
import io.griddle.binding.forms.FormData;
import io.griddle.binding.json.JsonReading;
import io.griddle.binding.json.StreamBinder;
import io.griddle.concurrent.Async;
import io.griddle.concurrent.Stages;
import io.griddle.http.Request;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * One request as the binders see it: the request, its parsed body, the dependencies resolved so far (each once per
 * request), what to close after the response and what {@link Yield}s asked for. Used by one step at a time, so it
 * needs no locking; the hops between loop and blocking threads go through futures, which publish it safely.
 */
final class Call {

    static final Logger LOG = LoggerFactory.getLogger("griddle.dependencies");

    /** A dependency value that could not be made because its own parameters did not bind. */
    static final Object SKIPPED = new Object();

    final Request request;
    /**
     * The body as JSON: {@code null} when absent; a text node when it was not sent as JSON. Not made when the body
     * was bound straight from its bytes ({@link #streamed}); {@link #tree()} makes it then, when it is needed.
     */
    JsonNode body;
    /** The whole body bound by its {@link StreamBinder}, or {@link StreamBinder#NO} when it was not. */
    Object streamed = StreamBinder.NO;
    /** The JSON bytes of a streamed body, kept to make its tree should a report need it. */
    byte[] json;
    /** How {@link #json} was read: its tree is made under the same limits. */
    JsonReading reading;
    /** The body read as a form, for {@code @Form}/{@code @File} parameters; empty otherwise. */
    FormData form = FormData.EMPTY;
    /** The {@code Response} parameter's response, when the handler or a provider takes one. */
    io.griddle.http.Response subResponse;

    final List<Issue> issues = new ArrayList<>(0);
    private Map<Object, Object> resolved; // made by the first dependency: most routes have none
    private List<Closing> closing;

    Call(Request request) {
        this.request = request;
    }

    /** The body as plain values, for {@link io.griddle.RequestValidationError#body()}: only made on failure. */
    Object bodyValue() {
        JsonNode tree = tree();
        return tree == null ? null : io.griddle.http.Json.mapper().treeToValue(tree, Object.class);
    }

    /** The body as a JSON tree, made from the bytes if it was streamed; {@code null} when there is no body. */
    JsonNode tree() {
        if (body == null && json != null) {
            body = reading.reread(json); // parsed once already: it is valid JSON
        }
        return body;
    }

    Object resolved(Object slot) {
        return resolved == null ? null : resolved.get(slot);
    }

    void resolve(Object slot, Object value) {
        if (resolved == null) {
            resolved = new IdentityHashMap<>(4);
        }
        resolved.put(slot, value);
    }

    private record Closing(AutoCloseable resource, boolean blocking) {}

    private Exits exits;

    /** Keeps what a {@link Yield} asks for: its error handler, and its exit now or after the response. */
    synchronized void yielded(Yield<?> value, boolean blocking) {
        if (value.exit() != null && !value.exitsBeforeResponse()) {
            closeLater(value.exit(), blocking);
        }
        if (value.errorHandler() != null || value.exit() != null && value.exitsBeforeResponse()) {
            if (exits == null) {
                exits = new Exits();
            }
            exits.add(value, blocking);
        }
    }

    /**
     * The call's outcome once its yields have seen it ({@link Exits#settle}); what they yield is looked at when the
     * outcome is known. Cancelling the result cancels the outcome.
     */
    <T> CompletionStage<T> settleYields(CompletionStage<T> outcome) {
        return Stages.<T, T>follow(outcome, (value, failure, settled) -> {
            Exits seen;
            synchronized (this) {
                seen = exits;
            }
            if (seen != null) {
                seen.settle(value, failure, settled);
            } else if (failure != null) {
                settled.completeExceptionally(failure);
            } else {
                settled.complete(value);
            }
        });
    }

    /** Closes the resource after the response is sent, on the blocking executor when {@code blocking}. */
    synchronized void closeLater(AutoCloseable resource, boolean blocking) {
        if (closing == null) {
            closing = new ArrayList<>(2);
            request.afterResponse(this::closeAll);
        }
        closing.add(new Closing(resource, blocking));
    }

    // Last opened, first closed, one after the other, as nested `with` blocks (or an exit stack) would.
    private CompletionStage<?> closeAll() {
        List<Closing> all;
        synchronized (this) {
            all = List.copyOf(closing);
        }
        CompletionStage<?> done = CompletableFuture.completedFuture(null);
        for (int i = all.size() - 1; i >= 0; i--) {
            Closing next = all.get(i);
            done = done.handle((v, e) -> null).thenCompose(v -> close(next));
        }
        return done.handle((v, e) -> null);
    }

    private static CompletionStage<?> close(Closing closing) {
        if (closing.blocking()) {
            return Async.toThread(() -> {
                closeLogged(closing.resource());
                return null;
            });
        }
        closeLogged(closing.resource());
        return CompletableFuture.completedFuture(null);
    }

    private static void closeLogged(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            LOG.error("closing {} failed", resource, e);
        }
    }
}
