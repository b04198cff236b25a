package io.griddle.server.http1.codec;

/**
 * The request line as RFC 9112 §3 defines it, with none of the leniency it permits: {@code method SP target SP
 * version}, where the method is a token, the target visible ASCII only ({@code 0x21-0x7E}: no controls, no DEL,
 * no raw non-ASCII byte) and the version exactly {@code HTTP/1.1} or {@code HTTP/1.0}. Exactly one space separates
 * the parts; a leading space, HTAB, VT, FF or CR is refused. A proxy in front of Griddle that reads such a line
 * another way (treating {@code /admin\x0b} as a path of its own, say) would otherwise disagree with Griddle about
 * what was asked.
 *
 * <p>Checked on the bytes Netty's decoder has split: it keeps the line in a scratch array starting at index 0, and
 * hands each part over with its offset, so the separators and any leading byte can be checked without a copy.
 */
final class RequestLine {

    private static final boolean[] TCHAR = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            TCHAR[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            TCHAR[c] = true;
            TCHAR[c - 'a' + 'A'] = true;
        }
        for (char c : "!#$%&'*+-.^_`|~".toCharArray()) {
            TCHAR[c] = true;
        }
    }

    private RequestLine() {}

    /**
     * Checks a whole request line, held in {@code line} from index 0.
     *
     * @throws RefusedRequest when it is not exactly {@code method SP target SP HTTP/1.x}
     */
    static void check(
            byte[] line,
            int methodStart,
            int methodLength,
            int targetStart,
            int targetLength,
            int versionStart,
            int versionLength) {
        if (methodStart != 0 || methodLength == 0) {
            throw new RefusedRequest("Invalid HTTP request line");
        }
        for (int i = 0; i < methodLength; i++) {
            byte b = line[i];
            if (b < 0 || !TCHAR[b]) {
                throw new RefusedRequest("Invalid HTTP method");
            }
        }
        if (targetStart != methodLength + 1
                || line[methodLength] != ' '
                || versionStart != targetStart + targetLength + 1
                || line[versionStart - 1] != ' ') {
            throw new RefusedRequest("Invalid HTTP request line");
        }
        for (int i = targetStart, end = targetStart + targetLength; i < end; i++) {
            byte b = line[i];
            if (b < 0x21 || b > 0x7e) { // a byte >= 0x80 is negative
                throw new RefusedRequest("Invalid character in request target");
            }
        }
        if (!isHttp1x(line, versionStart, versionLength)) {
            throw new RefusedRequest("Unsupported HTTP version");
        }
    }

    // Exactly "HTTP/1.1" or "HTTP/1.0", case as written in RFC 9112 (the name is case-sensitive).
    private static boolean isHttp1x(byte[] line, int start, int length) {
        return length == 8
                && line[start] == 'H'
                && line[start + 1] == 'T'
                && line[start + 2] == 'T'
                && line[start + 3] == 'P'
                && line[start + 4] == '/'
                && line[start + 5] == '1'
                && line[start + 6] == '.'
                && (line[start + 7] == '1' || line[start + 7] == '0');
    }
}
