package io.griddle.web;

import io.griddle.concurrent.CancellableFuture;
import io.griddle.concurrent.Loop;
import io.griddle.concurrent.LoopBlockedException;
import io.griddle.concurrent.LoopTask;
import io.griddle.gateway.Send;
import io.griddle.http.LogText;
import io.griddle.http.Request;
import io.griddle.http.Response;
import io.griddle.http.internal.RequestAccess;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One request from the gateway call to the last byte sent. It is the {@link LoopTask} the watchdog names, and it
 * turns a cancelled call (the client left) into a cancelled handler. As the request's driver it records the route
 * that matched and runs the tasks after the response.
 */
final class Exchange implements LoopTask {

    private static final RequestAccess REQUESTS = RequestAccess.get();

    private final Request request;
    private final Send send;
    private volatile LoopBlockedException blocked;

    Exchange(Request request, Send send) {
        this.request = request;
        this.send = send;
    }

    /** Records the route that matched on the request (for the router, which holds only the request). */
    static void routed(Request request, String routeTemplate, Map<String, Object> params) {
        REQUESTS.matched(request, routeTemplate, params);
    }

    CompletionStage<Void> run(HttpHandler pipeline, ErrorHandlers errors) {
        Loop loop = Loop.current();
        CompletionStage<Response> outcome;
        if (loop != null) {
            loop.enter(this);
        }
        try {
            outcome = pipeline.handle(request);
        } catch (Throwable error) {
            outcome = CompletableFuture.failedFuture(error);
        } finally {
            if (loop != null) {
                loop.exit();
            }
        }
        CancellableFuture<Void> done = new CancellableFuture<>();
        CompletionStage<Response> handling = outcome;
        done.onCancel(() -> handling.toCompletableFuture().cancel(true));
        handling.whenComplete((response, error) -> {
            if (done.isDone()) {
                REQUESTS.runAfterResponse(request); // cancelled: the client is gone, nobody to answer; still clean up
                return;
            }
            Response answer = error == null ? response : ErrorHandlers.serverError(request, error);
            LoopBlockedException strictFailure = blocked;
            if (strictFailure != null) {
                answer = ErrorHandlers.serverError(request, strictFailure);
            }
            if (answer.file() != null) {
                answer = io.griddle.files.FileRanges.forRequest(request, answer); // Range, If-Range
            }
            CompletionStage<Void> writing = ResponseWriter.write(answer, send);
            if (answer.stream() != null) {
                // A streamed body is still being produced: a client that leaves cancels its producer.
                done.onCancel(() -> writing.toCompletableFuture().cancel(true));
            }
            writing.whenComplete((v, writeError) -> {
                // Tasks after the response (closing a dependency's resources) run before the call ends, as
                // Starlette's do; without tasks the stage is complete already and nothing is allocated.
                CompletableFuture<Void> after =
                        REQUESTS.runAfterResponse(request).toCompletableFuture();
                if (after.isDone()) {
                    finish(done, strictFailure, writeError);
                } else {
                    after.whenComplete((t, e) -> finish(done, strictFailure, writeError));
                }
            });
        });
        return done;
    }

    private static void finish(CompletableFuture<Void> done, LoopBlockedException strictFailure, Throwable writeError) {
        if (strictFailure != null) {
            done.completeExceptionally(strictFailure);
        } else if (writeError != null) {
            done.completeExceptionally(writeError);
        } else {
            done.complete(null);
        }
    }

    @Override
    public String describe() {
        String route = request.route();
        return request.method() + " " + (route != null ? route : LogText.escape(request.path()));
    }

    @Override
    public void blocked(LoopBlockedException failure) {
        blocked = failure;
    }
}
