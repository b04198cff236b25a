package io.griddle.http;

/**
 * Client-supplied text made safe to write into a log line: every character that is not printable ASCII (control
 * characters such as ESC, CR, LF, NUL and DEL, and anything above {@code ~}) becomes {@code \xNN} or
 * {@code \}{@code uNNNN}, and a backslash becomes {@code \\}, so a request cannot forge log lines or drive the
 * terminal that shows them. Every log line that quotes a request (path, target, method) goes through it.
 *
 * <pre>{@code
 * LogText.escape("/x\u001b[2J")   // "/x\\x1b[2J"
 * }</pre>
 */
public final class LogText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private LogText() {}

    /** The text with everything unprintable escaped; the same instance when there is nothing to escape. */
    public static String escape(CharSequence text) {
        if (text == null) {
            return "null";
        }
        int length = text.length();
        int first = 0;
        while (first < length && isPlain(text.charAt(first))) {
            first++;
        }
        if (first == length) {
            return text.toString();
        }
        StringBuilder escaped = new StringBuilder(length + 16).append(text, 0, first);
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            if (isPlain(c)) {
                escaped.append(c);
            } else if (c == '\\') {
                escaped.append("\\\\");
            } else if (c <= 0xff) {
                escaped.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            } else {
                escaped.append("\\u")
                        .append(HEX[c >> 12])
                        .append(HEX[c >> 8 & 0xf])
                        .append(HEX[c >> 4 & 0xf])
                        .append(HEX[c & 0xf]);
            }
        }
        return escaped.toString();
    }

    private static boolean isPlain(char c) {
        return c >= 0x20 && c < 0x7f && c != '\\';
    }
}
