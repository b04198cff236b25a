package io.griddle.routing;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of text put into a URL path (RFC 3986 {@code pchar}), for URLs built from route names. */
public final class PathText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PathText() {}

    /**
     * Appends the text percent-encoded as path characters: letters, digits, {@code -._~!$&'()*+,;=:@} stay as they
     * are, {@code /} too when {@code keepSlashes}, everything else (space, {@code ?}, {@code #}, {@code %},
     * non-ASCII as UTF-8) becomes {@code %XX}.
     *
     * <pre>{@code PathText.encode("a b/c", false, into);   // appends "a%20b%2Fc"}</pre>
     */
    public static void encode(String text, boolean keepSlashes, StringBuilder into) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isPathChar(c) || (keepSlashes && c == '/')) {
                into.append((char) c);
            } else {
                into.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
    }

    /** The text percent-encoded as path characters, slashes kept when asked. */
    public static String encode(String text, boolean keepSlashes) {
        StringBuilder into = new StringBuilder(text.length() + 8);
        encode(text, keepSlashes, into);
        return into.toString();
    }

    private static boolean isPathChar(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@".indexOf(c) >= 0;
    }
}
