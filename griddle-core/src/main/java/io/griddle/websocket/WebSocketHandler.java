package io.griddle.websocket;

import java.util.concurrent.CompletionStage;

/**
 * An async WebSocket handler: runs on the event loop, must not block; the session lasts until its stage completes.
 *
 * <pre>{@code
 * WebSocketHandler echo = ws -> ws.accept().thenCompose(v -> ws.forEachText(ws::sendText));
 * }</pre>
 */
@FunctionalInterface
public interface WebSocketHandler {
    CompletionStage<?> handle(WebSocket socket) throws Exception;
}
