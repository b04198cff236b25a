package io.griddle.routing;

import io.griddle.concurrent.Async;
import io.griddle.concurrent.Stages;
import io.griddle.http.Request;
import io.griddle.http.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The one place that decides where a handler runs, as Starlette's {@code request_response} does: an async
 * endpoint's handler on the calling event loop, a blocking one's on the blocking executor through
 * {@link Async#toThreadCompose} (the only thread hop of a call: its outcome comes back to the loop, so middleware and
 * the response write run there whatever the kind). The result is rendered once, where it is: on the blocking thread
 * for a blocking handler (JSON work stays off the loop), on the loop for an async one, when its stage completes.
 */
final class Dispatcher {

    private Dispatcher() {}

    /** Calls a plain endpoint's handler with the request; its failure on the loop is thrown. */
    static CompletionStage<Response> run(Endpoint endpoint, Endpoint.Invoker handler, Request request)
            throws Exception {
        if (endpoint.kind() == Endpoint.Kind.ASYNC) {
            return rendered(endpoint, handler.invoke(request));
        }
        return Async.toThreadCompose(() -> rendered(endpoint, handler.invoke(request)));
    }

    /**
     * Calls a prepared endpoint's handler with what its preparation made; a failure fails the stage (this may run
     * inside a continuation of the preparation).
     */
    static CompletionStage<Response> runPrepared(Endpoint endpoint, Endpoint.Prepared<Object> handler, Object context) {
        try {
            if (endpoint.kind() == Endpoint.Kind.ASYNC) {
                return rendered(endpoint, handler.invoke(context));
            }
            return Async.toThreadCompose(() -> rendered(endpoint, handler.invoke(context)));
        } catch (Throwable error) {
            return CompletableFuture.failedFuture(error);
        }
    }

    // A plain result, or a stage that has already succeeded (the usual async JSON call), is rendered now; another
    // stage when it completes.
    private static CompletionStage<Response> rendered(Endpoint endpoint, Object result) {
        if (!(result instanceof CompletionStage<?> stage)) {
            return CompletableFuture.completedFuture(endpoint.render(result));
        }
        if (Stages.succeeded(stage)) {
            return CompletableFuture.completedFuture(
                    endpoint.render(stage.toCompletableFuture().join()));
        }
        return Stages.<Object, Response>follow(stage, (value, error, response) -> {
            if (error != null) {
                response.completeExceptionally(error);
            } else {
                response.complete(endpoint.render(value));
            }
        });
    }
}
