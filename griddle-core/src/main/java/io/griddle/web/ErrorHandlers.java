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
 * logged with the route, as Starlette's server-error middleware does, and with a request id that the answer carries
 * in {@code x-request-id} ({@link RequestIds}): never the exception's message or trace.
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
        String id = RequestIds.of(request);
        if (error instanceof CancellationException || error instanceof Request.ClientDisconnected) {
            // the client left, or the server gave up on it
            LOG.debug("{} ended early (request id {}): {}", where, id, error.toString());
        } else {
            LOG.error("Exception in {} (request id {})", where, id, error);
        }
        // Nothing of the failure in the answer: its message and trace are in the log, under the id.
        return Response.text("Internal Server Error").status(500).header(RequestIds.HEADER, id);
    }
}
