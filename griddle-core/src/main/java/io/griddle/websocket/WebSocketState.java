package io.griddle.websocket;

/**
 * Where one side of a session stands, as Starlette's {@code WebSocketState}: the client's side moves on what
 * {@link WebSocket#receive()} gets, the application's on what it sends.
 */
public enum WebSocketState {
    /** Not connected yet: the client's connect not received, or the session not accepted. */
    CONNECTING,
    /** Connected: messages flow. */
    CONNECTED,
    /** Closed: the client disconnected, or the application sent a close. */
    DISCONNECTED
}
