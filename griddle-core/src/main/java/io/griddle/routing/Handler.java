package io.griddle.routing;

import io.griddle.http.Request;

/**
 * A blocking handler: it runs on the blocking executor (a virtual thread per call by default), so it may block.
 * Its result becomes the response: a {@link io.griddle.http.Response} as it is, anything else as JSON.
 *
 * <pre>{@code
 * Handler burger = request -> menu.find(request.pathParam("id"));  // may call JDBC, sleep, ...
 * }</pre>
 */
@FunctionalInterface
public interface Handler {
    Object handle(Request request) throws Exception;
}
