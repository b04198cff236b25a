package io.griddle.web;

import io.griddle.http.Request;
import java.util.UUID;

/**
 * The id a server error is logged and answered with ({@code x-request-id}), so that a user who reports a 500 can
 * name its log line without the answer saying anything about the failure. A request's own {@code X-Request-ID}
 * (set by a proxy or the client) is kept when it is sane: 1 to 128 characters of letters, digits and
 * {@code - _ . : + / =}; anything else (control bytes, spaces, quotes, HTML) is replaced by a random UUID.
 */
final class RequestIds {

    static final String HEADER = "x-request-id";
    private static final int MAX_LENGTH = 128;

    private RequestIds() {}

    /** The request's id: its sane {@code X-Request-ID}, else a new random one. */
    static String of(Request request) {
        String given = request.header(HEADER);
        return isSane(given) ? given : UUID.randomUUID().toString();
    }

    static boolean isSane(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok =
                    c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-_.:+/=".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
