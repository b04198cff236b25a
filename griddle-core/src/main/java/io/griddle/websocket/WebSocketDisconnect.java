package io.griddle.websocket;

/**
 * The session is closed: a receive found the client's disconnect (with its close code), a send found the
 * connection gone (1006), or the application closed it before it was accepted. Thrown by the receive methods, as
 * FastAPI's {@code WebSocketDisconnect}.
 *
 * <pre>{@code
 * try {
 *     while (true) ws.sendText("echo: " + ws.receiveText());
 * } catch (WebSocketDisconnect gone) {
 *     log.info("client left with {}", gone.code());
 * }
 * }</pre>
 */
public final class WebSocketDisconnect extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final int code;
    private final String reason;

    /** A disconnect with the close code and reason (empty when none). */
    public WebSocketDisconnect(int code, String reason) {
        super("WebSocket closed with code " + code + (reason == null || reason.isEmpty() ? "" : ": " + reason));
        this.code = code;
        this.reason = reason == null ? "" : reason;
    }

    /** A disconnect with the normal closure code, 1000. */
    public WebSocketDisconnect() {
        this(1000, "");
    }

    /** The close code (1000 normal, 1001 going away, 1005 none given, 1006 connection lost, ...). */
    public int code() {
        return code;
    }

    /** The close reason, empty when none. */
    public String reason() {
        return reason;
    }
}
