package io.griddle.web;

import io.griddle.concurrent.Async;
import io.griddle.gateway.LifespanMessage;
import io.griddle.gateway.Receive;
import io.griddle.gateway.Send;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the application's startup and shutdown hooks when the server sends the lifespan events, one after the other,
 * in the order they were added. Blocking hooks run on a thread of their own ({@link Async#toThread}); async hooks
 * run on the loop and are awaited.
 */
final class Lifespan {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.lifespan");

    private final List<Function<Map<String, Object>, CompletionStage<?>>> startup = new CopyOnWriteArrayList<>();
    private final List<Function<Map<String, Object>, CompletionStage<?>>> shutdown = new CopyOnWriteArrayList<>();

    void onStartup(Consumer<Map<String, Object>> hook) {
        startup.add(blocking(hook));
    }

    void onShutdown(Consumer<Map<String, Object>> hook) {
        shutdown.add(blocking(hook));
    }

    void onStartupAsync(Function<Map<String, Object>, CompletionStage<?>> hook) {
        startup.add(hook);
    }

    void onShutdownAsync(Function<Map<String, Object>, CompletionStage<?>> hook) {
        shutdown.add(hook);
    }

    private static Function<Map<String, Object>, CompletionStage<?>> blocking(Consumer<Map<String, Object>> hook) {
        return state -> Async.toThread(() -> {
            hook.accept(state);
            return null;
        });
    }

    CompletionStage<Void> serve(Map<String, Object> state, Receive receive, Send send) {
        return receive.receive().thenCompose(message -> {
            if (message instanceof LifespanMessage.Startup) {
                return runAll(startup, state)
                        .handle((v, error) -> error == null
                                ? new LifespanMessage.StartupComplete()
                                : (LifespanMessage) new LifespanMessage.StartupFailed(describe(error)))
                        .thenCompose(send::send)
                        .thenCompose(v -> serve(state, receive, send));
            }
            if (message instanceof LifespanMessage.Shutdown) {
                return runAll(shutdown, state)
                        .handle((v, error) -> error == null
                                ? new LifespanMessage.ShutdownComplete()
                                : (LifespanMessage) new LifespanMessage.ShutdownFailed(describe(error)))
                        .thenCompose(send::send);
            }
            return CompletableFuture.completedFuture(null);
        });
    }

    private static CompletionStage<Void> runAll(
            List<Function<Map<String, Object>, CompletionStage<?>>> hooks, Map<String, Object> state) {
        CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
        for (Function<Map<String, Object>, CompletionStage<?>> hook : hooks) {
            chain = chain.thenCompose(v -> hook.apply(state)).thenApply(result -> null);
        }
        return chain;
    }

    private static String describe(Throwable error) {
        Throwable cause = Async.unwrap(error);
        LOG.error("Lifespan hook failed", cause);
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
