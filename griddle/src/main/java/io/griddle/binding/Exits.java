package io.griddle.binding;

import io.griddle.Yield;
import io.griddle.concurrent.Async;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What the {@link Yield}s of one request do before its answer: on failure each error handler sees the error, last
 * opened first, and may replace it; then the exits that run before the response ({@link Yield#exitBeforeResponse}),
 * last opened first. Each step runs where its provider runs: on the blocking executor for a blocking provider.
 */
final class Exits {

    private record Step(Yield.OnError onError, AutoCloseable exit, boolean blocking) {}

    private final List<Step> steps = new ArrayList<>(2);

    synchronized void add(Yield<?> value, boolean blocking) {
        steps.add(new Step(value.errorHandler(), value.exitsBeforeResponse() ? value.exit() : null, blocking));
    }

    /** Completes {@code settled} with the value, or with the error left once the handlers have seen it. */
    <T> void settle(T value, Throwable failure, CompletableFuture<T> settled) {
        List<Step> all;
        synchronized (this) {
            all = List.copyOf(steps);
        }
        CompletionStage<Throwable> error =
                CompletableFuture.completedFuture(failure == null ? null : Async.unwrap(failure));
        if (failure != null) {
            for (int i = all.size() - 1; i >= 0; i--) {
                Step step = all.get(i);
                if (step.onError() != null) {
                    error = error.thenCompose(current -> onError(step, current));
                }
            }
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Step step = all.get(i);
            if (step.exit() != null) {
                error = error.thenCompose(current -> exit(step, current));
            }
        }
        error.whenComplete((finalError, stepFailure) -> {
            if (stepFailure != null) {
                settled.completeExceptionally(stepFailure); // the blocking executor refused the step, say
            } else if (finalError != null) {
                settled.completeExceptionally(finalError);
            } else {
                settled.complete(value);
            }
        });
    }

    // The error the handler leaves: the one it threw, or the same when it returned.
    private static CompletionStage<Throwable> onError(Step step, Throwable current) {
        return run(() -> step.onError().handle(current), step.blocking())
                .thenApply(thrown -> thrown == null ? current : thrown);
    }

    // An exit that fails makes the request fail, unless it failed already (then it is logged).
    private static CompletionStage<Throwable> exit(Step step, Throwable current) {
        return run(step.exit()::close, step.blocking()).thenApply(thrown -> {
            if (thrown != null && current != null) {
                Call.LOG.error("exit of a dependency failed", thrown);
            }
            return current != null ? current : thrown;
        });
    }

    private interface Action {
        void run() throws Exception;
    }

    // Completes with what the action threw, or null.
    private static CompletionStage<Throwable> run(Action action, boolean blocking) {
        if (blocking) {
            return Async.toThread(() -> attempt(action));
        }
        return CompletableFuture.completedFuture(attempt(action));
    }

    private static Throwable attempt(Action action) {
        try {
            action.run();
            return null;
        } catch (Throwable thrown) {
            return thrown;
        }
    }
}
