package io.griddle.test;

import io.griddle.gateway.Headers;
import io.griddle.http.Json;
import java.nio.charset.StandardCharsets;

/**
 * A response as a test sees it.
 *
 * <pre>{@code
 * TestResponse response = client.get("/items/1");
 * assertThat(response.status()).isEqualTo(200);
 * assertThat(response.json()).isEqualTo(Map.of("id", 1, "name", "Classic"));
 * }</pre>
 */
public final class TestResponse {

    private final int status;
    private final Headers headers;
    private final byte[] body;

    TestResponse(int status, Headers headers, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public Headers headers() {
        return headers;
    }

    /** The first value of a header, or {@code null}. */
    public String header(String name) {
        return headers.get(name);
    }

    public byte[] bytes() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The body parsed as JSON into plain Java values: objects become {@code Map}s, arrays {@code List}s, numbers
     * {@code Integer}/{@code Long}/{@code Double}, as Python's {@code response.json()} gives dicts and lists.
     */
    public Object json() {
        return Json.read(body, Object.class);
    }

    /**
     * The cookies the response sets ({@code set-cookie}), name to value, as Python's {@code response.cookies}: a
     * quoted value is unquoted; a cookie set twice keeps its last value.
     */
    public java.util.Map<String, String> cookies() {
        java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();
        for (String header : headers.getAll("set-cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(
                        pair.substring(0, equals).strip(),
                        unquote(pair.substring(equals + 1).strip()));
            }
        }
        return cookies;
    }

    private static String unquote(String value) {
        if (value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
            return value;
        }
        return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** The body parsed as JSON into the type. */
    public <T> T json(Class<T> type) {
        return Json.read(body, type);
    }

    @Override
    public String toString() {
        return status + " " + headers + " " + text();
    }
}
