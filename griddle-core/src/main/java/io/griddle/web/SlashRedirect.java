package io.griddle.web;

import io.griddle.gateway.HttpScope;
import io.griddle.http.HostHeader;
import java.net.InetSocketAddress;

/**
 * Starlette's {@code redirect_slashes}: {@code /items} when only {@code /items/} is routed (or the other way round)
 * is answered with a 307 to the other spelling, an absolute URL built from the request as Starlette's
 * {@code URL(scope)} is: scheme, {@code Host} header (else the server's address), root path, path and query. A
 * {@code Host} that is not a plain host and port ({@link HostHeader}) is never copied into the URL: the location is
 * then relative, so that a client cannot make the redirect point at another site.
 */
final class SlashRedirect {

    private SlashRedirect() {}

    /** The path with its trailing slash removed or added; {@code null} for {@code /}, which has no other spelling. */
    static String toggled(String path) {
        if (path.isEmpty() || path.equals("/")) {
            return null;
        }
        return path.endsWith("/") ? stripSlashes(path) : path + "/";
    }

    private static String stripSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    /** Where to send the client: the same URL with the other spelling of the path. */
    static String location(HttpScope scope) {
        String rawPath = scope.rawPath().endsWith("/") ? stripSlashes(scope.rawPath()) : scope.rawPath() + "/";
        String host = host(scope);
        StringBuilder url = new StringBuilder(64);
        if (host != null) {
            url.append(scope.scheme()).append("://").append(host);
        }
        url.append(scope.rootPath()).append(rawPath);
        if (!scope.rawQuery().isEmpty()) {
            url.append('?').append(scope.rawQuery());
        }
        return url.toString();
    }

    // The authority for the URL, or null when the request's Host is not fit to be copied into one.
    private static String host(HttpScope scope) {
        String header = scope.headers().get("host");
        if (header != null && !header.isBlank()) {
            String host = header.strip();
            return HostHeader.isValid(host) ? host : null;
        }
        InetSocketAddress server = scope.connection().server();
        if (server == null) {
            return "localhost";
        }
        int defaultPort = scope.scheme().equals("https") ? 443 : 80;
        return server.getHostString() + (server.getPort() == defaultPort ? "" : ":" + server.getPort());
    }
}
