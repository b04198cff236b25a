package io.griddle.binding;

import io.griddle.RequestValidationError;
import io.griddle.concurrent.Async;
import io.griddle.concurrent.Stages;
import io.griddle.http.Request;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.websocket.WebSocketEndpoint;
import io.griddle.websocket.WebSocketException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The endpoint of a {@code @WebSocketRoute} method: an {@link Invocation} (parameters bound from the handshake,
 * dependencies resolved, the handler run where its kind says), whose validation failure becomes a close with 1008
 * (policy violation) before accept, as FastAPI's {@code WebSocketRequestValidationError}.
 */
final class WebSocketRoutes {

    /** The method name a WebSocket route is declared with, among HTTP ones ({@link Endpoints.Declared#method()}). */
    static final String METHOD = "WEBSOCKET";

    /** A close frame's reason holds at most 123 bytes. */
    private static final int MAX_REASON = 123;

    private WebSocketRoutes() {}

    static Endpoint endpoint(Endpoint.Kind kind, Invocation invocation, Method method, boolean needsBody) {
        if (needsBody) {
            throw new IllegalArgumentException(method + ": a WebSocket route has no request body; receive the"
                    + " session's messages instead of @Body, @Form or @File parameters");
        }
        return Endpoint.of(kind, new Closing(invocation), WebSocketEndpoint.NO_RESPONSE);
    }

    /** Prepares and runs the invocation, turning a validation failure into a close with 1008. */
    private record Closing(Invocation invocation) implements Endpoint.Prepared<Object> {
        @Override
        public CompletionStage<Response> prepare(Request request, Endpoint.Runner<Object> run) {
            CompletionStage<Response> outcome;
            try {
                outcome = invocation.prepare(request, run);
            } catch (Throwable error) {
                outcome = CompletableFuture.failedFuture(error);
            }
            if (Stages.succeeded(outcome)) {
                return outcome;
            }
            CompletableFuture<Response> closing = new CompletableFuture<>();
            outcome.whenComplete((response, error) -> {
                if (error == null) {
                    closing.complete(response);
                } else {
                    Throwable cause = Async.unwrap(error);
                    closing.completeExceptionally(
                            cause instanceof RequestValidationError invalid ? policyViolation(invalid) : cause);
                }
            });
            return closing;
        }

        @Override
        public Object invoke(Object context) throws Exception {
            return invocation.invoke(context);
        }
    }

    // A close frame's reason is short: the first problem, where and what ("query.q: Input should be a valid
    // integer, ..."), cut to fit; written without JSON work on the loop.
    static WebSocketException policyViolation(RequestValidationError invalid) {
        if (invalid.errors().isEmpty()) {
            return new WebSocketException(1008, "invalid request");
        }
        RequestValidationError.Issue first = invalid.errors().get(0);
        StringBuilder where = new StringBuilder();
        for (Object part : first.loc()) {
            where.append(where.isEmpty() ? "" : ".").append(part);
        }
        String reason = where + ": " + first.msg();
        while (reason.getBytes(StandardCharsets.UTF_8).length > MAX_REASON) {
            reason = reason.substring(0, reason.length() - 1);
        }
        return new WebSocketException(1008, reason);
    }
}
