/**
 * WebSocket sessions for handlers: {@link io.griddle.websocket.WebSocket} (async, each call a stage) and its
 * {@link io.griddle.websocket.BlockingWebSocket} view (for handlers on their own thread), the close-carrying
 * exceptions {@link io.griddle.websocket.WebSocketDisconnect} and {@link io.griddle.websocket.WebSocketException},
 * and {@link io.griddle.websocket.WebSocketEndpoint}, which makes a route's endpoint of a handler. Starlette's
 * {@code websockets} module; routes are added with {@code WebApp.websocket}.
 */
package io.griddle.websocket;
