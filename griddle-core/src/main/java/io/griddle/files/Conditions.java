package io.griddle.files;

import io.griddle.gateway.Headers;
import java.time.Instant;

/**
 * Conditional GET (RFC 9110 section 13): whether the client's copy is current, so that a 304 without a body
 * answers. {@code If-None-Match} wins over {@code If-Modified-Since} when both are sent, as the RFC says.
 */
final class Conditions {

    private Conditions() {}

    /** Whether the request's validators match the file's: the answer is then 304 Not Modified. */
    static boolean notModified(Headers request, Validators file) {
        String noneMatch = request.get("if-none-match");
        if (noneMatch != null) {
            return anyTagMatches(noneMatch, file.etag());
        }
        String since = request.get("if-modified-since");
        if (since == null) {
            return false;
        }
        Instant client = HttpDates.parse(since);
        Instant modified = HttpDates.parse(file.lastModified());
        return client != null && modified != null && !modified.isAfter(client);
    }

    // Weak comparison, as If-None-Match uses: W/"x" matches "x"; * matches any current file.
    private static boolean anyTagMatches(String header, String etag) {
        for (String tag : header.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*")) {
                return true;
            }
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
