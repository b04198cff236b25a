package io.griddle.server.http1;

import io.netty.util.concurrent.EventExecutor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Runs a connection's step on its own event loop: at once when called there, else handed to the loop with its stage
 * passed back. Applications may send from any thread (a virtual thread, another connection's loop); the connection's
 * state is only ever touched on its loop.
 */
public final class OnLoop {

    private OnLoop() {}

    /** The step's stage, the step run on {@code loop}. */
    public static <T> CompletionStage<T> run(EventExecutor loop, Supplier<CompletionStage<T>> step) {
        if (loop.inEventLoop()) {
            return step.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        loop.execute(() -> step.get().whenComplete((value, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
            } else {
                result.complete(value);
            }
        }));
        return result;
    }
}
