package io.griddle.http;

/**
 * The syntax of a {@code Host} header (RFC 9112 §3.2, RFC 3986 §3.2.2): a host, either a bracketed IP literal or a
 * registered name / IPv4 address, and an optional {@code :port}. Nothing else: no user info ({@code a@b}), no path,
 * query or fragment, no spaces. The server refuses a request whose {@code Host} fails this check, and a redirect
 * built from the request uses the header only when it passes, so a client cannot point a {@code Location} elsewhere.
 *
 * <pre>{@code
 * HostHeader.isValid("example.com:8000")   // true
 * HostHeader.isValid("[::1]:8000")         // true
 * HostHeader.isValid("evil.example/x?")    // false
 * HostHeader.isValid("good.example@evil")  // false
 * }</pre>
 */
public final class HostHeader {

    private HostHeader() {}

    /** Whether the value is a host with an optional port. An empty value is valid (RFC 9112 allows it). */
    public static boolean isValid(CharSequence value) {
        int length = value.length();
        int i = 0;
        if (length > 0 && value.charAt(0) == '[') {
            int close = indexOf(value, ']');
            if (close < 0 || !isIpLiteral(value, 1, close)) {
                return false;
            }
            i = close + 1;
        } else {
            while (i < length && value.charAt(i) != ':') {
                if (!isRegNameChar(value, i)) {
                    return false;
                }
                i += value.charAt(i) == '%' ? 3 : 1;
            }
        }
        if (i == length) {
            return true;
        }
        if (value.charAt(i) != ':') {
            return false;
        }
        // A port: digits only, possibly empty (RFC 3986 allows "host:"), at most five.
        int digits = length - i - 1;
        if (digits > 5) {
            return false;
        }
        for (int d = i + 1; d < length; d++) {
            char c = value.charAt(d);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    // reg-name = *( unreserved / pct-encoded / sub-delims ); an IPv4 address is made of the same characters.
    private static boolean isRegNameChar(CharSequence value, int i) {
        char c = value.charAt(i);
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
            return true;
        }
        return switch (c) {
            case '-', '.', '_', '~', '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=' -> true;
            case '%' -> i + 2 < value.length() && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2));
            default -> false;
        };
    }

    // IPv6address or IPvFuture between the brackets: hex digits, colons and dots (an embedded IPv4), or "v" + hex +
    // "." + unreserved / sub-delims / ":". Checked for its characters, which is what keeps a URL built from it whole.
    private static boolean isIpLiteral(CharSequence value, int start, int end) {
        if (start == end) {
            return false;
        }
        boolean future = value.charAt(start) == 'v' || value.charAt(start) == 'V';
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            boolean allowed = isHex(c) || c == ':' || c == '.' || future && c != '%' && isRegNameChar(value, i);
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static int indexOf(CharSequence value, char wanted) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == wanted) {
                return i;
            }
        }
        return -1;
    }
}
