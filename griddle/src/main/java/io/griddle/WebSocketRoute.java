package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method the handler of WebSocket sessions on a path template, FastAPI's {@code @app.websocket}. Its
 * parameters bind as an HTTP handler's ({@code @Path @Query @Header @Cookie}, {@code @Depends}, security schemes,
 * read from the handshake), plus the session itself: a {@link io.griddle.websocket.WebSocket} (async calls) or a
 * {@link io.griddle.websocket.BlockingWebSocket} (waiting calls). A method returning a {@code CompletionStage} runs
 * on the event loop until its stage completes; any other runs on its own virtual thread. A parameter that fails
 * validation closes the session with 1008 before accept; an exception after accept closes it with 1011. WebSocket
 * routes are not in the OpenAPI document.
 *
 * <pre>{@code
 * @WebSocketRoute("/items/{itemId}/ws")
 * void chat(BlockingWebSocket ws, @Path String itemId, @Query Integer q) {
 *     ws.accept();
 *     for (String text : ws.texts()) ws.sendText("Message text was: " + text + ", for item ID: " + itemId);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface WebSocketRoute {
    /** The path template. */
    String value();
}
