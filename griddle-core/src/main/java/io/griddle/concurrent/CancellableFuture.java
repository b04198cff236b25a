package io.griddle.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A {@link CompletableFuture} whose cancellation travels upstream: cancelling a stage derived from it (with
 * {@code thenApply}, {@code thenCompose}, ...) also cancels it, and through {@code thenCompose} the inner stage too.
 * This is how a client disconnect reaches an {@link Async#sleep} deep inside a handler's chain, as asyncio's task
 * cancellation does. Plain {@code CompletableFuture}s only propagate downstream.
 *
 * @param <T> the result type
 */
public class CancellableFuture<T> extends CompletableFuture<T> {

    private volatile Runnable onCancel;

    public CancellableFuture() {}

    /** A future that runs {@code onCancel} when it is cancelled. */
    public CancellableFuture(Runnable onCancel) {
        this.onCancel = onCancel;
    }

    /** Sets what cancelling this future also cancels; replaces an earlier one. */
    public void onCancel(Runnable action) {
        this.onCancel = action;
        if (isCancelled()) {
            action.run();
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        Runnable action = onCancel;
        if (cancelled && action != null) {
            action.run();
        }
        return cancelled;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CancellableFuture<>(() -> cancel(false));
    }

    @Override
    public <U> CompletableFuture<U> thenCompose(Function<? super T, ? extends CompletionStage<U>> fn) {
        AtomicReference<CompletionStage<U>> inner = new AtomicReference<>();
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture<U> result = super.thenCompose(value -> {
            CompletionStage<U> stage = fn.apply(value);
            inner.set(stage);
            if (cancelled.get()) {
                // Cancelled while fn ran, before its stage was known: cancel it now, or it would run on unowned.
                stage.toCompletableFuture().cancel(false);
            }
            return stage;
        });
        ((CancellableFuture<U>) result).onCancel(() -> {
            cancelled.set(true);
            cancel(false);
            CompletionStage<U> stage = inner.get();
            if (stage != null) {
                stage.toCompletableFuture().cancel(false);
            }
        });
        return result;
    }

    /** Cancels the stage if it is a future, and whatever it propagates to. */
    public static void cancel(CompletionStage<?> stage) {
        stage.toCompletableFuture().cancel(true);
    }
}
