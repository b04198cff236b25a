package io.griddle.server.websocket;

import io.griddle.gateway.HttpScope;
import io.griddle.gateway.WebSocketScope;
import io.griddle.server.http1.ConnectionSettings;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpRequest;

/**
 * Where an HTTP/1.1 connection hands a WebSocket handshake over (RFC 6455 over HTTP/1.1; decision 028). The
 * connection's handler is replaced by the session, which asks the application and, once it accepts, switches the
 * pipeline to frames; or, for an invalid handshake, by a {@link HandshakeRefusal} (400, or 426 for another
 * version). Either way the connection serves no more HTTP requests.
 *
 * <pre>{@code
 * if (WebSocketUpgrade.requested(request, settings)) {
 *     WebSocketUpgrade.start(ctx, request, httpScope, settings, whenClosed);
 * }
 * }</pre>
 */
public final class WebSocketUpgrade {

    private WebSocketUpgrade() {}

    /** Whether the request asks for a WebSocket and the server serves them ({@code --ws auto}). */
    public static boolean requested(HttpRequest request, ConnectionSettings settings) {
        return settings.webSockets().enabled() && Handshake.requested(request);
    }

    /**
     * Takes the connection over from the handler of {@code ctx}, which it replaces in the pipeline.
     *
     * @param http   the request's scope as the connection made it (proxy headers and root path applied)
     * @param ended  called once, when the connection has closed
     */
    public static void start(
            ChannelHandlerContext ctx,
            HttpRequest request,
            HttpScope http,
            ConnectionSettings settings,
            Runnable ended) {
        Handshake.Problem problem = Handshake.check(request);
        if (problem != null) {
            if (settings.accessLog() != null) {
                WebSocketLog.denied(
                        settings.accessLog(),
                        http.connection().client(),
                        request,
                        problem.status().code());
            }
            replace(ctx, new HandshakeRefusal(problem, settings, ended));
            return;
        }
        WebSocketScope scope = new WebSocketScope(
                http.path(),
                http.rawQuery(),
                http.scheme().equals("https") ? "wss" : "ws",
                http.rootPath(),
                http.headers(),
                Handshake.subprotocols(request.headers()),
                http.connection());
        WebSocketSession session = new WebSocketSession(request, scope, settings, ended);
        replace(ctx, session);
        session.begin(settings.app());
    }

    private static void replace(ChannelHandlerContext ctx, ChannelHandler handler) {
        ctx.pipeline().replace(ctx.name(), ctx.name(), handler);
    }
}
