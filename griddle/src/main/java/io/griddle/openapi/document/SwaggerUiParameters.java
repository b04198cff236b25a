package io.griddle.openapi.document;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration object of the Swagger UI page, as FastAPI's {@code swagger_ui_parameters}: its defaults
 * ({@code dom_id}, {@code layout}, {@code deepLinking}, {@code showExtensions}, {@code showCommonExtensions}), then
 * the app's parameters, which add keys or replace a default's value in its place. Each is written as a line
 * {@code "key": value,} with JSON in Python's spacing ({@code {"theme": "obsidian"}}), as FastAPI writes it; a
 * {@code <} in a string is written {@code \u003c} so no value can end the script.
 *
 * <pre>{@code
 * SwaggerUiParameters.lines(Map.of("syntaxHighlight", false));   // ... "showCommonExtensions": true,\n "syntaxHighlight": false,
 * }</pre>
 */
public final class SwaggerUiParameters {

    private SwaggerUiParameters() {}

    /** FastAPI's defaults, in its order. */
    public static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("dom_id", "#swagger-ui");
        defaults.put("layout", "BaseLayout");
        defaults.put("deepLinking", true);
        defaults.put("showExtensions", true);
        defaults.put("showCommonExtensions", true);
        return defaults;
    }

    /** The defaults updated with the parameters, each on its own line indented by four spaces. */
    public static String lines(Map<String, ?> parameters) {
        Map<String, Object> all = defaults();
        all.putAll(parameters);
        StringBuilder lines = new StringBuilder();
        all.forEach((key, value) -> {
            lines.append("\n    ");
            write(key, lines);
            lines.append(": ");
            write(value, lines);
            lines.append(',');
        });
        return lines.toString();
    }

    // JSON as Python's json.dumps spaces it: ", " between items, ": " after keys.
    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Number number) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("a Swagger UI parameter is not a JSON number: " + number);
            }
            out.append(number);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator);
                string(String.valueOf(entry.getKey()), out);
                out.append(": ");
                write(entry.getValue(), out);
                separator = ", ";
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            String separator = "";
            for (Object element : list) {
                out.append(separator);
                write(element, out);
                separator = ", ";
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("a Swagger UI parameter is JSON (a string, number, boolean, map or"
                    + " list), not " + value.getClass().getName());
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
