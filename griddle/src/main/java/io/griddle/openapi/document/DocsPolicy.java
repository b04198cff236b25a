package io.griddle.openapi.document;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The {@code Content-Security-Policy} of the docs pages, made once per page: scripts only from the page's asset
 * folder and, inline, only the page's own configuration script (by its SHA-256 hash), so that a script injected into
 * the page (through a title or a description, say) does not run; no plugins, no {@code <base>}, framed only by the
 * same origin. Styles may be inline (Swagger UI and ReDoc style their elements from script), images may be
 * {@code data:} URLs, and the pages may call any server (the document's {@code servers}, an OAuth2 token URL).
 *
 * <pre>{@code
 * String policy = DocsPolicy.of(html, "/docs"); // "default-src 'self'; script-src 'self' 'sha256-...'; ..."
 * }</pre>
 */
public final class DocsPolicy {

    private static final String INLINE_START = "<script>";
    private static final String INLINE_END = "</script>";

    private DocsPolicy() {}

    /**
     * The policy of a docs page whose files are in {@code assets}: a path on this server, or a URL whose origin is
     * then allowed too ({@code https://unpkg.com/swagger-ui-dist@5}).
     */
    public static String of(String html, String assets) {
        String self = "'self'" + origin(assets).map(origin -> " " + origin).orElse("");
        StringBuilder scripts = new StringBuilder(self);
        for (String inline : inlineScripts(html)) {
            scripts.append(" 'sha256-").append(sha256(inline)).append('\'');
        }
        return "default-src " + self
                + "; script-src " + scripts
                + "; style-src " + self + " 'unsafe-inline'"
                + "; img-src " + self + " data:"
                + "; worker-src " + self + " blob:"
                + "; connect-src *"
                + "; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";
    }

    // The text of each <script> without attributes: the page's own configuration.
    static List<String> inlineScripts(String html) {
        List<String> scripts = new ArrayList<>();
        int at = html.indexOf(INLINE_START);
        while (at >= 0) {
            int end = html.indexOf(INLINE_END, at);
            if (end < 0) {
                break;
            }
            scripts.add(html.substring(at + INLINE_START.length(), end));
            at = html.indexOf(INLINE_START, end);
        }
        return scripts;
    }

    private static java.util.Optional<String> origin(String assets) {
        if (assets == null || !(assets.startsWith("https://") || assets.startsWith("http://"))) {
            return java.util.Optional.empty();
        }
        URI uri = URI.create(assets);
        return java.util.Optional.of(
                uri.getScheme() + "://" + uri.getRawAuthority()); // an origin, without path or user part tricks
    }

    private static String sha256(String script) {
        try {
            return Base64.getEncoder()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible); // every JVM has SHA-256
        }
    }
}
