package io.griddle.http;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parsed query-string parameters ({@code ?tag=a&tag=b&q=x}): every name keeps all its values in order. Decoding
 * follows HTML forms: {@code +} is a space and percent-escapes are UTF-8.
 */
public final class QueryParams {

    /** No parameters. */
    public static final QueryParams EMPTY = new QueryParams(Map.of());

    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Parses a raw query string (without {@code ?}); malformed escapes are kept as they are. */
    public static QueryParams parse(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> values = new LinkedHashMap<>(4); // most queries have a few names
        int start = 0;
        int length = rawQuery.length();
        while (start <= length) {
            int end = rawQuery.indexOf('&', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                int equals = rawQuery.indexOf('=', start);
                String name;
                String value;
                if (equals < 0 || equals > end) {
                    name = decode(rawQuery.substring(start, end));
                    value = "";
                } else {
                    name = decode(rawQuery.substring(start, equals));
                    value = decode(rawQuery.substring(equals + 1, end));
                }
                values.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
            }
            start = end + 1;
        }
        return new QueryParams(values);
    }

    static String decode(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return decodeLeniently(text);
        }
    }

    // As Python's unquote_plus: a malformed escape stays as it is, but '+' and the valid escapes around it decode.
    private static String decodeLeniently(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
                i++;
            } else if (c == '%' && hex(text, i + 1) >= 0 && hex(text, i + 2) >= 0) {
                bytes.write(hex(text, i + 1) * 16 + hex(text, i + 2));
                i += 3;
            } else {
                int end = i + Character.charCount(text.codePointAt(i));
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(String text, int at) {
        if (at >= text.length()) {
            return -1;
        }
        char c = text.charAt(at);
        return c >= '0' && c <= '9'
                ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /** The first value of the parameter, or {@code null}. */
    public String get(String name) {
        List<String> list = values.get(name);
        return list == null ? null : list.get(0);
    }

    /** Every value of the parameter; empty when absent. */
    public List<String> getAll(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Whether the parameter is present, even with an empty value. */
    public boolean contains(String name) {
        return values.containsKey(name);
    }

    /** All parameters, in order of first appearance. */
    public Map<String, List<String>> asMap() {
        return Collections.unmodifiableMap(values);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
