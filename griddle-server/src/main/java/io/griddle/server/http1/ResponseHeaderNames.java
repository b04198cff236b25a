package io.griddle.server.http1;

import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Response header names as Netty's {@link AsciiString}, each checked once: an application names its headers with
 * a handful of constant strings, and checking and hashing each name char by char on every response took a fifth
 * of a small JSON response's CPU (JFR). An {@code AsciiString} carries its hash and is written by a bulk copy.
 * Names are remembered up to a bound (an application that echoes arbitrary names gets them checked every time).
 * Values are still checked by Netty on every response: they change.
 */
final class ResponseHeaderNames {

    private static final int REMEMBERED = 2048;
    private static final ConcurrentHashMap<String, AsciiString> CHECKED = new ConcurrentHashMap<>();
    // Names come checked from here; values are checked as they are added.
    private static final DefaultHttpHeadersFactory FACTORY =
            DefaultHttpHeadersFactory.headersFactory().withNameValidation(false);

    private ResponseHeaderNames() {}

    /** Empty headers for a response, checking values but trusting names from {@link #of}. */
    static HttpHeaders newHeaders() {
        return FACTORY.newHeaders();
    }

    /** The name as an {@code AsciiString}; an {@link IllegalArgumentException} when it is not an HTTP token. */
    static AsciiString of(String name) {
        AsciiString checked = CHECKED.get(name);
        if (checked != null) {
            return checked;
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty header name");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!token(c)) {
                throw new IllegalArgumentException(
                        "a header name may not contain 0x" + Integer.toHexString(c) + " at " + i);
            }
        }
        checked = new AsciiString(name);
        if (CHECKED.size() < REMEMBERED) {
            CHECKED.putIfAbsent(name, checked);
        }
        return checked;
    }

    // RFC 9110's tchar: letters, digits and !#$%&'*+-.^_`|~ (ASCII only: nothing is lost becoming an AsciiString).
    private static boolean token(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }
}
