package io.griddle.test;

import io.griddle.gateway.Connection;
import io.griddle.gateway.HeaderList;
import io.griddle.gateway.WebSocketScope;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The scope a server would make of a client's WebSocket handshake, with the headers Starlette's client sends. */
final class WebSocketHandshake {

    private WebSocketHandshake() {}

    static WebSocketScope scope(
            String target, Map<String, String> extra, List<String> subprotocols, Connection connection) {
        int question = target.indexOf('?');
        String rawPath = question < 0 ? target : target.substring(0, question);
        String rawQuery = question < 0 ? "" : target.substring(question + 1);
        String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        HeaderList headers = new HeaderList();
        headers.add("host", "testserver");
        headers.add("user-agent", "testclient");
        headers.add("connection", "upgrade");
        headers.add("upgrade", "websocket");
        headers.add("sec-websocket-key", "testserver==");
        headers.add("sec-websocket-version", "13");
        if (!subprotocols.isEmpty()) {
            headers.add("sec-websocket-protocol", String.join(", ", subprotocols));
        }
        extra.forEach((name, value) -> headers.set(name.toLowerCase(java.util.Locale.ROOT), value));
        return new WebSocketScope(path, rawQuery, "ws", "", headers, List.copyOf(subprotocols), connection);
    }
}
