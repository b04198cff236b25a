package io.griddle.websocket;

/**
 * A blocking WebSocket handler: runs on its own (virtual) thread, where each receive waits for the next message.
 *
 * <pre>{@code
 * BlockingWebSocketHandler echo = ws -> {
 *     ws.accept();
 *     for (String text : ws.texts()) ws.sendText("echo: " + text);
 * };
 * }</pre>
 */
@FunctionalInterface
public interface BlockingWebSocketHandler {
    void handle(BlockingWebSocket socket) throws Exception;
}
