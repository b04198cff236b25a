package io.griddle.middleware;

import io.griddle.gateway.Gateway;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.WebSocketScope;
import io.griddle.web.GatewayMiddleware;

/**
 * Redirects plain requests to their secure URL, as Starlette's {@code HTTPSRedirectMiddleware}: {@code http} to
 * {@code https} and {@code ws} to {@code wss}, with a 307 (the method and body are kept; {@link #permanent()} gives
 * 308). The default ports 80 and 443 are dropped from the new URL; another port is kept. A WebSocket handshake has no
 * response to redirect with, so its scope is answered with a redirect only over HTTP; a plain {@code ws} session is
 * closed (1008).
 *
 * <pre>{@code
 * app.wrap(HttpsRedirect.temporary());
 * }</pre>
 */
public final class HttpsRedirect implements GatewayMiddleware {

    private final int status;

    private HttpsRedirect(int status) {
        this.status = status;
    }

    /** Redirects with 307 Temporary Redirect, as Starlette does. */
    public static HttpsRedirect temporary() {
        return new HttpsRedirect(307);
    }

    /** Redirects with 308 Permanent Redirect: browsers remember it. */
    public static HttpsRedirect permanent() {
        return new HttpsRedirect(308);
    }

    @Override
    public Gateway wrap(Gateway next) {
        return (scope, receive, send) -> {
            boolean plainHttp = scope instanceof HttpScope http && http.scheme().equals("http");
            boolean plainWs = scope instanceof WebSocketScope ws && ws.scheme().equals("ws");
            if (!plainHttp && !plainWs) {
                return next.call(scope, receive, send);
            }
            ScopeUrl url = ScopeUrl.of(scope);
            int port = url.port();
            ScopeUrl secure = url.withScheme(plainHttp ? "https" : "wss");
            if (port == 80 || port == 443) {
                secure = secure.withHost(url.hostname());
            }
            if (plainWs) {
                return Replies.refuse(scope, send, status, "use " + secure);
            }
            return Replies.redirect(send, status, secure.toString());
        };
    }
}
