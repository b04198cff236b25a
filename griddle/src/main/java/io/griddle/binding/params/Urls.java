package io.griddle.binding.params;

import io.griddle.RequestValidationError;
import io.griddle.RequestValidationError.Issue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@link URI} values as Pydantic's {@code AnyUrl} takes them: an absolute URL, its scheme and host lower-cased and an
 * empty path of a web URL written {@code /} ({@code HTTP://Example.com} is {@code http://example.com/}). A problem is
 * {@code url_parsing} with the reason in ctx, worded as Pydantic's for the common ones ("relative URL without a
 * base", "empty host", "input is empty").
 */
final class Urls {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    // Schemes whose URLs have a host and a path, as the WHATWG URL standard's "special" schemes.
    private static final Set<String> SPECIAL = Set.of("http", "https", "ws", "wss", "ftp");

    /** The parser; each problem carries its own message and ctx (see {@link ValueParser#failure}). */
    static final ValueParser PARSER = new ValueParser(Urls::parse, "url_parsing", "Input should be a valid URL");

    private Urls() {}

    // "//" then nothing before the path, query or fragment: "http://", "https:///x".
    private static boolean emptyHost(String rest) {
        String authority = rest.startsWith("//") ? rest.substring(2) : rest;
        int end = 0;
        while (end < authority.length() && "/?#".indexOf(authority.charAt(end)) < 0) {
            end++;
        }
        String host = authority.substring(0, end);
        int at = host.lastIndexOf('@');
        host = at < 0 ? host : host.substring(at + 1);
        int colon = host.lastIndexOf(':');
        return (colon < 0 ? host : host.substring(0, colon)).isEmpty();
    }

    private static URI parse(String text) {
        java.util.regex.Matcher prefix = SCHEME.matcher(text);
        String scheme = prefix.find() ? text.substring(0, prefix.end() - 1).toLowerCase(Locale.ROOT) : null;
        String reason = null;
        URI uri = null;
        if (text.isEmpty()) {
            reason = "input is empty";
        } else if (scheme == null) {
            reason = "relative URL without a base";
        } else if (SPECIAL.contains(scheme) && emptyHost(text.substring(prefix.end()))) {
            reason = "empty host";
        } else {
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                reason = "invalid URL: " + e.getReason();
            }
        }
        if (uri != null
                && SPECIAL.contains(scheme)
                && (uri.getHost() == null || uri.getHost().isEmpty())) {
            reason = "empty host";
        }
        if (reason != null) {
            throw new RequestValidationError(List.of(new Issue(
                    "url_parsing",
                    List.of(),
                    "Input should be a valid URL, " + reason,
                    text,
                    Map.of("error", reason))));
        }
        if (!SPECIAL.contains(scheme)) {
            return uri;
        }
        try {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return new URI(scheme + "://" + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@")
                    + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
        } catch (URISyntaxException e) {
            return uri;
        }
    }
}
