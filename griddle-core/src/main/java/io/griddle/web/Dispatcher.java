package io.griddle.web;

import io.griddle.concurrent.Async;
import io.griddle.concurrent.CancellableFuture;
import io.griddle.concurrent.Concurrency;
import io.griddle.concurrent.Loop;
import io.griddle.concurrent.LoopTask;
import io.griddle.http.Request;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs an endpoint where its kind says: an async endpoint on the calling event loop, a blocking one on the loop's
 * blocking executor. A blocking endpoint's outcome comes back to the loop, so middleware and the response write run
 * there whatever the endpoint's kind (the write would have to go to the loop anyway). Cancelling the returned stage
 * cancels the handler's stage, or interrupts its thread.
 */
final class Dispatcher {

    // For calls that do not come from a loop (a test calling the app directly, say).
    private static final class Fallback {
        static final Concurrency CONCURRENCY = Concurrency.defaults();
    }

    private Dispatcher() {
    }

    static CompletionStage<Response> dispatch(Endpoint endpoint, Request request) throws Exception {
        if (endpoint.kind() == Endpoint.Kind.ASYNC) {
            return settle(endpoint, endpoint.invoker().invoke(request));
        }
        Loop loop = Loop.current();
        ExecutorService executor = (loop != null ? loop.concurrency() : Fallback.CONCURRENCY).blockingExecutor();
        LoopTask owner = loop != null ? loop.currentTask() : null;
        CancellableFuture<Response> response = new CancellableFuture<>();
        Future<?> running = executor.submit(() -> {
            CompletionStage<Response> outcome;
            try {
                outcome = settle(endpoint, endpoint.invoker().invoke(request));
            } catch (Throwable error) {
                outcome = CompletableFuture.failedFuture(error);
            }
            forward(outcome, response, loop, owner);
        });
        response.onCancel(() -> running.cancel(true));
        return response;
    }

    // A plain result is rendered now; a stage is rendered when it completes.
    private static CompletionStage<Response> settle(Endpoint endpoint, Object result) {
        if (!(result instanceof CompletionStage<?> stage)) {
            return CompletableFuture.completedFuture(endpoint.render(result));
        }
        CancellableFuture<Response> response = new CancellableFuture<>();
        response.onCancel(() -> stage.toCompletableFuture().cancel(true));
        stage.whenComplete((value, error) -> {
            if (error != null) {
                response.completeExceptionally(Async.unwrap(error));
                return;
            }
            try {
                response.complete(endpoint.render(value));
            } catch (Throwable renderError) {
                response.completeExceptionally(renderError);
            }
        });
        return response;
    }

    // Completes `to` with `from`'s outcome on the loop (on behalf of the request, for the watchdog), if there is one.
    private static void forward(CompletionStage<Response> from, CompletableFuture<Response> to, Loop loop,
                                LoopTask owner) {
        from.whenComplete((value, error) -> {
            Runnable completion = error != null
                    ? () -> to.completeExceptionally(Async.unwrap(error))
                    : () -> to.complete(value);
            if (loop == null) {
                completion.run();
            } else {
                loop.executeAs(owner, completion);
            }
        });
    }
}
