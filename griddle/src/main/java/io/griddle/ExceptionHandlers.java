package io.griddle;

import io.griddle.http.HttpError;
import io.griddle.http.Request;
import io.griddle.http.Response;
import java.util.Map;

/**
 * Griddle's default answers to errors, as FastAPI's {@code fastapi.exception_handlers}: call them from your own
 * handler to log (or count) an error and still answer as Griddle would.
 *
 * <pre>{@code
 * app.exceptionHandler(HttpError.class, (request, e) -> {
 *     log.warn("HTTP error: {}", e.getMessage());
 *     return ExceptionHandlers.httpError(request, e);
 * });
 * }</pre>
 */
public final class ExceptionHandlers {

    private ExceptionHandlers() {}

    /** {@code {"detail": ...}} with the error's status and headers; no body for 204, 304 and 1xx. */
    public static Response httpError(Request request, HttpError error) {
        return error.toResponse();
    }

    /** 422 with {@code {"detail": [issues]}}, each issue in Pydantic's shape. */
    public static Response requestValidation(Request request, RequestValidationError error) {
        return Response.json(Map.of("detail", error.errors())).status(422);
    }
}
