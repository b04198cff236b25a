package io.griddle.routing;

import io.griddle.http.Request;
import java.util.concurrent.CompletionStage;

/**
 * An async handler: it runs on its connection's event loop and must never block it; it waits by returning a stage.
 *
 * <pre>{@code
 * AsyncHandler quick = request -> Async.sleep(Duration.ofMillis(5)).thenApply(v -> new Status("ok"));
 * }</pre>
 */
@FunctionalInterface
public interface AsyncHandler {
    CompletionStage<?> handle(Request request) throws Exception;
}
