package io.griddle.server.http1;

import io.griddle.server.http1.codec.RefusedRequest;
import io.griddle.server.http1.codec.RequestTarget;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request the server answers itself: the decoder refused its head (it then waits for its turn in the pipeline), or
 * the server refused it as it was about to start.
 *
 * @param status  the answer's status
 * @param message the answer's plain-text body
 * @param request its head for the access log, or {@code null} when its request line could not be read
 * @param at      when it was rejected (nanoTime), for the access log
 */
record Rejection(HttpResponseStatus status, String message, HttpRequest request, long at) {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.http");

    /** The answer to a head the decoder failed with the cause: 400, or 414/431/413 for what was too long. */
    static Rejection of(Throwable cause, HttpRequest request, long at) {
        if (cause instanceof RefusedRequest refused) {
            return new Rejection(HttpResponseStatus.BAD_REQUEST, refused.getMessage(), request, at);
        }
        if (cause instanceof TooLongHttpLineException) {
            return new Rejection(HttpResponseStatus.REQUEST_URI_TOO_LONG, "Request line too long", request, at);
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return new Rejection(
                    HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request header fields too large", request, at);
        }
        if (cause instanceof TooLongFrameException) {
            return new Rejection(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "Request too large", request, at);
        }
        return badRequest(request, at);
    }

    /**
     * The server's refusal of a request about to start, or {@code null} to serve it: a bad target or (HTTP/2) Host,
     * an announced body over the limit (refused before the client sends it: no {@code 100 Continue}), or the
     * concurrency limit reached (a place under it is taken otherwise).
     */
    static Rejection atStart(
            HttpRequest request,
            RequestTarget target,
            boolean http2Stream,
            BodyLimit bodyLimit,
            ConnectionSettings settings,
            long at) {
        if (target == null) {
            return new Rejection(HttpResponseStatus.BAD_REQUEST, "Invalid request target.", request, at);
        }
        if (http2Stream && !RequestOrigin.validHost(request)) { // HTTP/1.1 heads are checked by the decoder
            return new Rejection(HttpResponseStatus.BAD_REQUEST, "Invalid Host header", request, at);
        }
        if (!bodyLimit.allows(HttpUtil.getContentLength(request, -1L))) {
            return new Rejection(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "Request body too large", request, at);
        }
        if (!settings.tryEnter()) {
            LOG.warn("Exceeded concurrency limit.");
            return new Rejection(HttpResponseStatus.SERVICE_UNAVAILABLE, "Service Unavailable", request, at);
        }
        return null;
    }

    /** A plain 400: the request was malformed. */
    static Rejection badRequest(HttpRequest request, long at) {
        return new Rejection(HttpResponseStatus.BAD_REQUEST, "Invalid HTTP request received.", request, at);
    }
}
