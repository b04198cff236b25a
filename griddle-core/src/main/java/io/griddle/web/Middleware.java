package io.griddle.web;

import io.griddle.http.Request;
import io.griddle.http.Response;
import java.util.concurrent.CompletionStage;

/**
 * Code around every request. It runs on the event loop, so it must not block; it calls {@code next} to go on, and
 * may change the request's outcome on the way back.
 *
 * <pre>{@code
 * Middleware timing = (request, next) -> {
 *     long start = System.nanoTime();
 *     return next.handle(request).thenApply(response ->
 *             response.header("x-process-time", String.valueOf((System.nanoTime() - start) / 1000)));
 * };
 * app.use(timing);
 * }</pre>
 */
@FunctionalInterface
public interface Middleware {
    CompletionStage<Response> handle(Request request, HttpHandler next) throws Exception;
}
