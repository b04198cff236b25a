package io.griddle.server.websocket;

import io.griddle.gateway.WebSocketScope;
import io.griddle.http.LogText;
import io.netty.handler.codec.http.HttpRequest;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log of WebSockets, Uvicorn's lines: {@code 127.0.0.1:53432 - "WebSocket /chat" [accepted]} when the
 * application accepts, {@code ... "WebSocket /chat" 403} when the handshake is answered with a status instead, and
 * {@code ... "WebSocket /chat" [closed]} when the session ends. To {@code griddle.access} at INFO; what the client
 * sent is escaped.
 */
final class WebSocketLog {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.access");

    private WebSocketLog() {}

    static void accepted(WebSocketScope scope, HttpRequest request) {
        if (LOG.isInfoEnabled()) {
            LOG.info(
                    "{} - \"WebSocket {}\" [accepted]",
                    address(scope.connection().client()),
                    target(request));
        }
    }

    static void denied(WebSocketScope scope, HttpRequest request, int status) {
        denied(scope.connection().client(), request, status);
    }

    static void denied(InetSocketAddress client, HttpRequest request, int status) {
        if (LOG.isInfoEnabled()) {
            LOG.info("{} - \"WebSocket {}\" {}", address(client), target(request), status);
        }
    }

    static void closed(WebSocketScope scope, HttpRequest request) {
        if (LOG.isInfoEnabled()) {
            LOG.info(
                    "{} - \"WebSocket {}\" [closed]", address(scope.connection().client()), target(request));
        }
    }

    /** The request target, escaped for a log line. */
    static String target(HttpRequest request) {
        return LogText.escape(request.uri());
    }

    private static String address(InetSocketAddress client) {
        return client == null ? "-" : client.getHostString() + ":" + client.getPort();
    }
}
