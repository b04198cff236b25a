package io.griddle.web;

import io.griddle.gateway.Gateway;

/**
 * Pure middleware: wraps the application's gateway, as ASGI middleware wraps an ASGI app. It sees every scope
 * (HTTP, WebSocket, lifespan) and every message on its way in and out, so it can answer by itself, rewrite the
 * response's start or re-encode its body chunk by chunk, without buffering a stream. Use it for what must see the
 * raw messages (compression, CORS on every scope); the {@link Middleware} form is simpler for the rest.
 *
 * <pre>{@code
 * GatewayMiddleware serverHeader = next -> (scope, receive, send) -> next.call(scope, receive, message ->
 *         send.send(message instanceof HttpMessage.ResponseStart start
 *                 ? new HttpMessage.ResponseStart(start.status(), withServerHeader(start.headers()))
 *                 : message));
 * app.wrap(serverHeader);
 * }</pre>
 */
@FunctionalInterface
public interface GatewayMiddleware {

    /** The gateway that runs this layer's code around {@code next}; called once, when the application starts. */
    Gateway wrap(Gateway next);
}
