package io.griddle.web;

import io.griddle.http.Request;
import io.griddle.http.Response;

/**
 * Turns an exception of one type into a response.
 *
 * <pre>{@code
 * app.exceptionHandler(OutOfStock.class, (request, e) -> Response.json(Map.of("detail", e.getMessage())).status(409));
 * }</pre>
 */
@FunctionalInterface
public interface ExceptionHandler<E extends Throwable> {
    Response handle(Request request, E exception) throws Exception;
}
