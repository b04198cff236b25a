package io.griddle.http;

import java.nio.charset.StandardCharsets;

/** The location of a redirect, percent-encoded as Starlette's {@code RedirectResponse} quotes it. */
final class Redirects {

    // Starlette's safe characters, beside letters, digits and "_.-~".
    private static final String SAFE = ":/%#?=@[]!$&'()*+,;_.-~";

    private Redirects() {}

    static String quote(String location) {
        if (location.indexOf('\r') >= 0 || location.indexOf('\n') >= 0) {
            // Refused rather than encoded: a line break in a location is an injection attempt, never a URL.
            throw new IllegalArgumentException("a redirect location must not contain CR or LF");
        }
        if (location.chars().allMatch(Redirects::safe)) {
            return location; // the usual URL: no copy
        }
        StringBuilder out = new StringBuilder(location.length() + 16);
        for (byte b : location.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (safe(c)) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    private static boolean safe(int c) {
        return c < 128
                && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || SAFE.indexOf(c) >= 0);
    }
}
