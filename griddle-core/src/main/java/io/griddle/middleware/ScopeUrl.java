package io.griddle.middleware;

import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Scope;
import io.griddle.gateway.WebSocketScope;

/** The URL a client asked for, rebuilt from a scope (scheme, Host header, root path, raw path, query). */
record ScopeUrl(String scheme, String host, String path, String query) {

    /** The URL of an HTTP or WebSocket scope; {@code null} for another kind. */
    static ScopeUrl of(Scope scope) {
        return switch (scope) {
            case HttpScope http -> of(http.scheme(), http.headers(), http.rootPath() + http.rawPath(), http.rawQuery());
            case WebSocketScope ws -> of(ws.scheme(), ws.headers(), ws.rootPath() + ws.path(), ws.rawQuery());
            default -> null;
        };
    }

    private static ScopeUrl of(String scheme, Headers headers, String path, String query) {
        String host = headers.get("host");
        return new ScopeUrl(scheme, host == null ? "" : host, path.isEmpty() ? "/" : path, query);
    }

    /** The host's name, without a port. */
    String hostname() {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    /** The port given in the Host header, or -1. */
    int port() {
        int colon = host.lastIndexOf(':');
        if (colon < 0 || colon < host.lastIndexOf(']')) {
            return -1;
        }
        try {
            return Integer.parseInt(host.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    ScopeUrl withScheme(String newScheme) {
        return new ScopeUrl(newScheme, host, path, query);
    }

    ScopeUrl withHost(String newHost) {
        return new ScopeUrl(scheme, newHost, path, query);
    }

    @Override
    public String toString() {
        return scheme + "://" + host + path + (query.isEmpty() ? "" : "?" + query);
    }
}
