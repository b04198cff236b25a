package io.griddle.server.websocket;

import io.griddle.gateway.WebSocketScope;
import io.griddle.http.LogText;
import io.griddle.server.logging.AccessLine;
import io.griddle.server.logging.AccessLogWriter;
import io.netty.handler.codec.http.HttpRequest;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log of WebSockets, Uvicorn's lines: {@code 127.0.0.1:53432 - "WebSocket /chat" [accepted]} when the
 * application accepts, {@code ... "WebSocket /chat" 403} when the handshake is answered with a status instead, and
 * {@code ... "WebSocket /chat" [closed]} when the session ends. To {@code griddle.access} at INFO, through the
 * server's {@link AccessLogWriter} (in order with the requests' lines); what the client sent is escaped.
 */
final class WebSocketLog {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.access");

    private WebSocketLog() {}

    static void accepted(AccessLogWriter writer, WebSocketScope scope, HttpRequest request) {
        if (LOG.isInfoEnabled()) {
            writer.add(AccessLine.webSocket(scope.connection().client(), request.uri(), "[accepted]"));
        }
    }

    static void denied(AccessLogWriter writer, WebSocketScope scope, HttpRequest request, int status) {
        denied(writer, scope.connection().client(), request, status);
    }

    static void denied(AccessLogWriter writer, InetSocketAddress client, HttpRequest request, int status) {
        if (LOG.isInfoEnabled()) {
            writer.add(AccessLine.webSocket(client, request.uri(), Integer.toString(status)));
        }
    }

    static void closed(AccessLogWriter writer, WebSocketScope scope, HttpRequest request) {
        if (LOG.isInfoEnabled()) {
            writer.add(AccessLine.webSocket(scope.connection().client(), request.uri(), "[closed]"));
        }
    }

    /** The request target, escaped for a log line. */
    static String target(HttpRequest request) {
        return LogText.escape(request.uri());
    }
}
