package io.griddle.server.http1.codec;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The request target split into raw path, decoded path and raw query. Paths are percent-decoded as UTF-8, with
 * {@code +} kept as it is (it means a space only in queries); a malformed escape or invalid UTF-8 is refused, and so
 * is a target with any byte outside visible ASCII (an HTTP/1.1 request line is checked for that already by
 * {@link RequestLine}; an HTTP/2 {@code :path} is checked here).
 */
public record RequestTarget(String rawPath, String path, String rawQuery) {

    /**
     * Parses a request target; answers {@code null} when it is malformed (the caller answers 400).
     *
     * @param asciiChecked whether the target is known to be visible ASCII already (an HTTP/1.1 request line)
     */
    public static RequestTarget parse(String uri, boolean asciiChecked) {
        if (uri.isEmpty() || !asciiChecked && !isVisibleAscii(uri)) {
            return null;
        }
        String target = uri;
        if (!target.startsWith("/")) {
            // absolute form (http://host/path?q), as sent to proxies: keep the path and the query
            int scheme = target.indexOf("://");
            if (scheme < 0) {
                return null;
            }
            int slash = target.indexOf('/', scheme + 3);
            int question = target.indexOf('?', scheme + 3);
            if (slash < 0 || (question >= 0 && question < slash)) {
                target = "/" + (question >= 0 ? target.substring(question) : "");
            } else {
                target = target.substring(slash);
            }
        }
        int question = target.indexOf('?');
        String rawPath = question < 0 ? target : target.substring(0, question);
        String rawQuery = question < 0 ? "" : target.substring(question + 1);
        int hash = rawQuery.indexOf('#');
        if (hash >= 0) {
            rawQuery = rawQuery.substring(0, hash);
        }
        String path = rawPath.indexOf('%') < 0 ? rawPath : decode(rawPath);
        return path == null ? null : new RequestTarget(rawPath, path, rawQuery);
    }

    private static boolean isVisibleAscii(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
