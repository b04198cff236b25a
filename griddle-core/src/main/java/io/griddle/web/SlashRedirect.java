package io.griddle.web;

import io.griddle.gateway.HttpScope;
import io.griddle.http.Request;
import io.griddle.http.Response;
import io.griddle.routing.RouteMatch;
import io.griddle.routing.Router;

/**
 * Starlette's {@code redirect_slashes}: when {@code /items} matches nothing but {@code /items/} does (or the other
 * way round), the answer is a 307 to the other form, so clients that forget or add the slash still arrive. Runs
 * only on the 404 path, so matched requests pay nothing.
 */
final class SlashRedirect {

    private SlashRedirect() {
    }

    /** The redirect for a request no route matched, or null when the other slash form matches nothing either. */
    static Response find(Router router, Request request) {
        String path = request.path();
        if (path.equals("/") || path.isEmpty()) {
            return null;
        }
        String other = toggle(path);
        if (router.match(request.method(), other) instanceof RouteMatch.NotFound) {
            return null;
        }
        return Response.redirect(location(request.scope(), toggle(request.scope().rawPath())));
    }

    private static String toggle(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/";
    }

    // An absolute URL when the client named the host, as Starlette builds it; otherwise a path on the same origin.
    private static String location(HttpScope scope, String rawPath) {
        StringBuilder url = new StringBuilder();
        String host = scope.headers().get("host");
        if (host != null && !host.isEmpty()) {
            url.append(scope.scheme()).append("://").append(host);
        }
        url.append(scope.rootPath()).append(rawPath);
        if (!scope.rawQuery().isEmpty()) {
            url.append('?').append(scope.rawQuery());
        }
        return url.toString();
    }
}
