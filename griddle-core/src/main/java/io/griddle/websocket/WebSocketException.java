package io.griddle.websocket;

/**
 * Thrown by a WebSocket handler (or a dependency of one) to close the session with the code and reason, before or
 * after accept, as Starlette's {@code WebSocketException}. Before accept the server refuses the handshake (403).
 *
 * <pre>{@code
 * if (token == null) throw new WebSocketException(1008, "a token is required");
 * }</pre>
 */
public class WebSocketException extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final int code;
    private final String reason;

    /** Closes with the code and reason (empty when none). */
    public WebSocketException(int code, String reason) {
        super("WebSocket closed with code " + code + (reason == null || reason.isEmpty() ? "" : ": " + reason));
        this.code = code;
        this.reason = reason == null ? "" : reason;
    }

    /** Closes with the code and no reason. */
    public WebSocketException(int code) {
        this(code, "");
    }

    /** The close code sent. */
    public int code() {
        return code;
    }

    /** The close reason sent, empty when none. */
    public String reason() {
        return reason;
    }
}
