package io.griddle.gateway;

import java.util.List;

/**
 * A WebSocket session's metadata, from the handshake request. Frames follow as {@link WebSocketMessage}s.
 *
 * @param path         the decoded path
 * @param rawQuery     the query string as sent
 * @param scheme       {@code ws} or {@code wss}
 * @param rootPath     the prefix the application is mounted under
 * @param headers      the handshake request's headers
 * @param subprotocols the subprotocols the client offered, in its order of preference
 * @param connection   the transport connection
 */
public record WebSocketScope(
        String path,
        String rawQuery,
        String scheme,
        String rootPath,
        Headers headers,
        List<String> subprotocols,
        Connection connection)
        implements Scope {}
