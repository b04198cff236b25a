package io.griddle.websocket;

import io.griddle.http.Request;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import java.util.function.Function;

/**
 * Makes the endpoint of a WebSocket route from a handler, for {@code WebApp.websocket}. The endpoint is called with
 * the session's handshake {@link Request} ({@link Request#webSocket()} is the session), where its kind says: an
 * async handler on the loop, a blocking one on the blocking executor, as for HTTP routes.
 *
 * <pre>{@code
 * app.websocket("/ws/{room}", WebSocketEndpoint.async(ws -> ws.accept().thenCompose(v -> ws.sendText("hi"))));
 * app.websocket("/echo", WebSocketEndpoint.blocking(ws -> { ws.accept(); ws.sendText(ws.receiveText()); }));
 * }</pre>
 */
public final class WebSocketEndpoint {

    /** What a WebSocket endpoint "renders": nothing is sent, the session speaks for itself. */
    public static final Function<Object, Response> NO_RESPONSE = result -> Response.empty(204);

    private WebSocketEndpoint() {}

    /** An endpoint running the handler on the event loop. */
    public static Endpoint async(WebSocketHandler handler) {
        return Endpoint.of(Endpoint.Kind.ASYNC, request -> handler.handle(session(request)), NO_RESPONSE);
    }

    /** An endpoint running the handler on the blocking executor (a virtual thread by default). */
    public static Endpoint blocking(BlockingWebSocketHandler handler) {
        return Endpoint.of(
                Endpoint.Kind.BLOCKING,
                request -> {
                    handler.handle(session(request).blocking());
                    return null;
                },
                NO_RESPONSE);
    }

    private static WebSocket session(Request request) {
        WebSocket socket = request.webSocket();
        if (socket == null) {
            throw new IllegalStateException(request + " is not a WebSocket handshake: add the route with websocket()");
        }
        return socket;
    }
}
