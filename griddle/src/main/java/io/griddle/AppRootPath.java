package io.griddle;

import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Scope;
import io.griddle.gateway.WebSocketScope;

/**
 * {@link App#rootPath}: the scope as if the server had been started with {@code --root-path}: the root path is the
 * app's, and a path that still starts with it (a proxy that does not strip) is routed on what follows.
 */
final class AppRootPath {

    private AppRootPath() {}

    static Scope apply(Scope scope, String prefix) {
        return switch (scope) {
            case HttpScope http ->
                new HttpScope(
                        http.method(),
                        strip(http.path(), prefix),
                        strip(http.rawPath(), prefix),
                        http.rawQuery(),
                        http.httpVersion(),
                        http.scheme(),
                        prefix,
                        http.headers(),
                        http.connection());
            case WebSocketScope ws ->
                new WebSocketScope(
                        strip(ws.path(), prefix),
                        ws.rawQuery(),
                        ws.scheme(),
                        prefix,
                        ws.headers(),
                        ws.subprotocols(),
                        ws.connection());
            default -> scope;
        };
    }

    private static String strip(String path, String prefix) {
        if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
            return path.length() == prefix.length() ? "/" : path.substring(prefix.length());
        }
        return path;
    }
}
