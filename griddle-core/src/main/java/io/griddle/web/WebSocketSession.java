package io.griddle.web;

import io.griddle.concurrent.Async;
import io.griddle.concurrent.Loop;
import io.griddle.gateway.Send;
import io.griddle.http.HttpError;
import io.griddle.http.Request;
import io.griddle.http.Response;
import io.griddle.http.internal.RequestAccess;
import io.griddle.routing.RouteMatch;
import io.griddle.routing.Router;
import io.griddle.websocket.WebSocket;
import io.griddle.websocket.WebSocketDisconnect;
import io.griddle.websocket.WebSocketException;
import io.griddle.websocket.WebSocketState;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket session from the gateway call to its end, as Starlette's router and {@code websocket_session} run
 * it: no route closes before accept (the server answers 403); the route's endpoint runs where its kind says, under
 * the loop watchdog (the session's task names the route); a {@link WebSocketException} closes with its code, any
 * other failure after accept closes with 1011 and is logged with the route, and one before accept fails the call
 * (the server answers 500), but an {@link HttpError} before accept answers the handshake with its response. A {@link WebSocketDisconnect} that escapes the handler is the client leaving: no error.
 */
final class WebSocketSession {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.error");
    private static final RequestAccess REQUESTS = RequestAccess.get();

    private final WebSocket socket;
    private final Send send;
    private final ErrorHandlers errors;

    WebSocketSession(WebSocket socket, Send send, ErrorHandlers errors) {
        this.socket = socket;
        this.send = send;
        this.errors = errors;
    }

    CompletionStage<Void> run(Router router) {
        Request handshake = socket.request();
        RouteMatch match = router.match("GET", socket.path());
        if (!(match instanceof RouteMatch.Found found)) {
            return socket.close(1000, "");
        }
        Exchange.routed(handshake, found.route().path().template(), found.params());
        Loop loop = Loop.current();
        CompletionStage<Response> outcome;
        if (loop != null) {
            loop.enter(socket.loopTask());
        }
        try {
            outcome = found.route().endpoint().handle(handshake);
        } catch (Throwable error) {
            outcome = CompletableFuture.failedFuture(error);
        } finally {
            if (loop != null) {
                loop.exit();
            }
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        outcome.whenComplete((ignored, error) -> ended(error == null ? null : Async.unwrap(error))
                .whenComplete((v, failure) -> REQUESTS.runAfterResponse(handshake)
                        .whenComplete((t, e) -> {
                            if (failure != null) {
                                done.completeExceptionally(failure);
                            } else {
                                done.complete(null);
                            }
                        })));
        return done;
    }

    // What the handler's end means for the session: nothing, a close, or a failed call.
    private CompletionStage<Void> ended(Throwable error) {
        if (error == null || error instanceof WebSocketDisconnect) {
            return completed();
        }
        WebSocketState state = socket.applicationState();
        if (error instanceof WebSocketException close) {
            return state == WebSocketState.DISCONNECTED
                    ? completed()
                    : quietly(socket.close(close.code(), close.reason()));
        }
        if (state == WebSocketState.CONNECTED) {
            LOG.error(
                    "{} failed after accept; closing with 1011",
                    socket.loopTask().describe(),
                    error);
            return quietly(socket.close(1011, ""));
        }
        if (state == WebSocketState.DISCONNECTED) {
            LOG.error("{} failed after its close", socket.loopTask().describe(), error);
            return completed();
        }
        if (error instanceof HttpError) {
            // Starlette's way: the HTTP error's response is the handshake's answer (the gateway's denial response).
            return quietly(ResponseWriter.write(errors.toResponse(socket.request(), error), send));
        }
        LOG.error("{} failed before accept", socket.loopTask().describe(), error);
        return CompletableFuture.failedFuture(error);
    }

    private static CompletionStage<Void> completed() {
        return CompletableFuture.completedFuture(null);
    }

    // A close whose send fails (the client is gone already) ends the session all the same.
    private static CompletionStage<Void> quietly(CompletionStage<Void> close) {
        return close.handle((v, e) -> null);
    }
}
