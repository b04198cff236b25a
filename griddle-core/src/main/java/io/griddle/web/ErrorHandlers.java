package io.griddle.web;

import io.griddle.concurrent.Async;
import io.griddle.http.HttpError;
import io.griddle.http.Request;
import io.griddle.http.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps exceptions to responses: handlers registered by type (the most specific class wins), then
 * {@link HttpError}'s own {@code {"detail": ...}}, then a plain 500 {@code Internal Server Error} whose cause is
 * logged with the route, as Starlette's server-error middleware does.
 */
final class ErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.error");

    private final Map<Class<? extends Throwable>, ExceptionHandler<Throwable>> handlers = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    <E extends Throwable> void register(Class<E> type, ExceptionHandler<? super E> handler) {
        handlers.put(type, (ExceptionHandler<Throwable>) handler);
    }

    /** The response for an exception; never throws. */
    Response toResponse(Request request, Throwable failure) {
        Throwable error = Async.unwrap(failure);
        ExceptionHandler<Throwable> handler = find(error.getClass());
        if (handler != null) {
            try {
                return handler.handle(request, error);
            } catch (Throwable handlerFailure) {
                handlerFailure.addSuppressed(error);
                return serverError(request, handlerFailure);
            }
        }
        if (error instanceof HttpError httpError) {
            return httpError.toResponse();
        }
        return serverError(request, error);
    }

    private ExceptionHandler<Throwable> find(Class<?> type) {
        if (handlers.isEmpty()) {
            return null;
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            ExceptionHandler<Throwable> handler = handlers.get(c);
            if (handler != null) {
                return handler;
            }
        }
        return null;
    }

    static Response serverError(Request request, Throwable error) {
        String where = request.route() != null ? request.method() + " " + request.route() : request.toString();
        if (error instanceof CancellationException || error instanceof Request.ClientDisconnected) {
            LOG.debug("{} ended early: {}", where, error.toString()); // the client left, or the server gave up on it
        } else {
            LOG.error("Exception in {}", where, error);
        }
        return Response.text("Internal Server Error").status(500);
    }
}
