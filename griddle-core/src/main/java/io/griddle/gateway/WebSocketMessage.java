package io.griddle.gateway;

import java.nio.ByteBuffer;

/**
 * The messages of a {@link WebSocketScope}, in ASGI's order: the server sends {@link Connect}; the application
 * answers {@link Accept} or {@link Close}; then frames flow both ways until either side closes.
 */
public sealed interface WebSocketMessage extends Message {

    /** Inbound: a client asks to open the session. */
    record Connect() implements WebSocketMessage {}

    /** Outbound: accept the session, optionally choosing a subprotocol and adding handshake headers. */
    record Accept(String subprotocol, Headers headers) implements WebSocketMessage {}

    /** Inbound or outbound: a text frame. */
    record Text(String text) implements WebSocketMessage {}

    /** Inbound or outbound: a binary frame. */
    record Binary(ByteBuffer bytes) implements WebSocketMessage {}

    /** Outbound: close the session (or refuse it, before {@link Accept}). */
    record Close(int code, String reason) implements WebSocketMessage {}

    /** Inbound: the session is closed, by the client or the transport. */
    record Disconnect(int code, String reason) implements WebSocketMessage {}
}
