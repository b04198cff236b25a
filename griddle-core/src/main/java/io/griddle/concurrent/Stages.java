package io.griddle.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;

/**
 * Two small things the request path does with stages, written once: ask whether a stage has already succeeded (to
 * skip a continuation on the usual, synchronous path), and follow a stage with a {@link CancellableFuture} so that
 * cancelling the follower reaches the stage.
 *
 * <pre>{@code
 * if (Stages.succeeded(sent)) { ... }                        // no continuation needed
 * CompletionStage<Object> step = Stages.cancellable(stage);  // thenCompose on it passes cancellation on
 * }</pre>
 */
public final class Stages {

    /** What a follower does with the outcome of the stage it follows. */
    @FunctionalInterface
    public interface Outcome<T, R> {
        /**
         * Completes {@code follower}: {@code error} is the stage's failure (unwrapped) or {@code null} when it
         * succeeded with {@code value}. What this throws fails the follower.
         */
        void complete(T value, Throwable error, CompletableFuture<R> follower) throws Exception;
    }

    private Stages() {}

    /** Whether the stage is done and did not fail (nor was cancelled), by {@link Future#state()}. */
    public static boolean succeeded(CompletionStage<?> stage) {
        return stage.toCompletableFuture().state() == Future.State.SUCCESS;
    }

    /** The stage itself when it is a {@link CancellableFuture}, else one that follows it and cancels it in turn. */
    public static <T> CancellableFuture<T> cancellable(CompletionStage<T> stage) {
        if (stage instanceof CancellableFuture<T> already) {
            return already;
        }
        return follow(stage, (value, error, follower) -> {
            if (error != null) {
                follower.completeExceptionally(error);
            } else {
                follower.complete(value);
            }
        });
    }

    /**
     * A {@link CancellableFuture} that {@code outcome} completes once the stage completes, and whose cancellation
     * cancels the stage.
     */
    public static <T, R> CancellableFuture<R> follow(
            CompletionStage<? extends T> stage, Outcome<? super T, R> outcome) {
        CancellableFuture<R> follower = new CancellableFuture<>();
        follower.onCancel(() -> stage.toCompletableFuture().cancel(true));
        stage.whenComplete((value, error) -> {
            try {
                outcome.complete(error == null ? value : null, error == null ? null : Async.unwrap(error), follower);
            } catch (Throwable failure) {
                follower.completeExceptionally(failure);
            }
        });
        return follower;
    }
}
