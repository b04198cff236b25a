package io.griddle.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses {@code Cookie} request headers into names and values, leniently, as browsers and Starlette do. */
public final class Cookies {

    private Cookies() {}

    /** Every cookie in the given {@code Cookie} header values; a later duplicate name wins. */
    public static Map<String, String> parse(List<String> cookieHeaders) {
        if (cookieHeaders.isEmpty()) {
            return Map.of();
        }
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String header : cookieHeaders) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                String name = (equals < 0 ? "" : pair.substring(0, equals)).strip();
                String value = (equals < 0 ? pair : pair.substring(equals + 1)).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (!name.isEmpty() || !value.isEmpty()) {
                    cookies.put(name, value);
                }
            }
        }
        return cookies;
    }
}
