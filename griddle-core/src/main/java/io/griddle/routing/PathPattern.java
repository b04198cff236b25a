package io.griddle.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled path template such as {@code /burgers/{id:int}/toppings/{name}}. A template without parameters is
 * matched by string equality; one whose parameters each fill a whole segment (the usual case) segment by segment,
 * without a regular expression; any other ({@code /files/{name}.txt}, a {@code path} parameter) by a regular
 * expression built once, here.
 */
public final class PathPattern {

    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)(?::([A-Za-z_][A-Za-z0-9_]*))?}");

    private final String template;
    private final Pattern regex;
    private final List<String> names;
    private final List<Converter> converters;
    // The template's segments after each '/', when every parameter is a whole segment; null otherwise.
    private final Segment[] segments;
    // For a template that is a literal prefix and one trailing {name:path} (a mount's "/{path:path}"), the prefix;
    // the rest of the path is the value, with no regular expression to run. Null otherwise.
    private final String pathTailPrefix;

    /**
     * A literal segment ({@code parameter} -1), or the index of the parameter that fills the segment, with what a
     * value must look like: any text ({@code str}), digits ({@code int}, {@code long}) or the converter's shape.
     */
    private record Segment(String literal, int parameter, boolean digits, Pattern shape) {}

    private PathPattern(String template, Pattern regex, List<String> names, List<Converter> converters) {
        this.template = template;
        this.regex = regex;
        this.names = names;
        this.converters = converters;
        this.segments = regex == null ? null : segments(template, names, converters);
        this.pathTailPrefix = regex == null ? null : pathTailPrefix(template, converters);
    }

    private static String pathTailPrefix(String template, List<Converter> converters) {
        if (converters.size() != 1 || !converters.get(0).name().equals("path") || !template.endsWith("}")) {
            return null;
        }
        String prefix = template.substring(0, template.indexOf('{'));
        return prefix.indexOf('}') < 0 ? prefix : null;
    }

    // The segments of a template whose parameters each fill a segment with a one-segment converter; else null.
    private static Segment[] segments(String template, List<String> names, List<Converter> converters) {
        String[] parts = template.substring(1).split("/", -1);
        Segment[] segments = new Segment[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Matcher param = PARAM.matcher(parts[i]);
            if (param.matches()) {
                int index = names.indexOf(param.group(1));
                String converter = converters.get(index).name();
                if (converter.equals("path")) {
                    return null;
                }
                // str takes any segment and int/long check their digits here; others match their converter's shape.
                Pattern shape = switch (converter) {
                    case "str", "int", "long" -> null;
                    default -> Pattern.compile(converters.get(index).regex());
                };
                segments[i] = new Segment(null, index, !converter.equals("str"), shape);
            } else if (parts[i].indexOf('{') >= 0 || parts[i].indexOf('}') >= 0) {
                return null; // a parameter inside a segment: the regular expression handles it
            } else {
                segments[i] = new Segment(parts[i], -1, false, null);
            }
        }
        return segments;
    }

    /** Compiles a template; it must start with {@code /}. */
    public static PathPattern compile(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a path must start with '/': " + template);
        }
        Matcher params = PARAM.matcher(template);
        StringBuilder regex = new StringBuilder("^");
        List<String> names = new ArrayList<>();
        List<Converter> converters = new ArrayList<>();
        int last = 0;
        while (params.find()) {
            regex.append(Pattern.quote(template.substring(last, params.start())));
            String name = params.group(1);
            if (names.contains(name)) {
                throw new IllegalArgumentException("path parameter '" + name + "' appears twice in " + template);
            }
            Converter converter = Converter.named(params.group(2) == null ? "str" : params.group(2));
            regex.append('(').append(converter.regex()).append(')');
            names.add(name);
            converters.add(converter);
            last = params.end();
        }
        String rest = template.substring(last);
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0 || (last == 0 && template.indexOf('{') >= 0)) {
            throw new IllegalArgumentException(
                    "malformed path parameter in " + template + "; write {name} or {name:converter}");
        }
        if (names.isEmpty()) {
            return new PathPattern(template, null, List.of(), List.of());
        }
        regex.append(Pattern.quote(rest)).append('$');
        return new PathPattern(
                template, Pattern.compile(regex.toString()), List.copyOf(names), List.copyOf(converters));
    }

    /** The template as written. */
    public String template() {
        return template;
    }

    /** Whether the template has no parameters. */
    public boolean isStatic() {
        return regex == null;
    }

    /** The parameter names, in order. */
    public List<String> parameterNames() {
        return names;
    }

    /**
     * Matches a decoded path.
     *
     * @return the converted parameters, or {@code null} when the path does not match
     */
    public Map<String, Object> match(String path) {
        if (regex == null) {
            return template.equals(path) ? Map.of() : null;
        }
        if (segments != null) {
            return matchSegments(path);
        }
        if (pathTailPrefix != null) {
            return matchPathTail(path);
        }
        Matcher matcher = regex.matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        Object[] values = new Object[names.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = convert(i, matcher.group(i + 1));
            if (values[i] == NO_MATCH) {
                return null;
            }
        }
        return new PathParameters(names, values);
    }

    private static final Object NO_MATCH = new Object();

    // As the expression prefix(.*) would: '.' takes any character but a line terminator.
    private Map<String, Object> matchPathTail(String path) {
        if (!path.startsWith(pathTailPrefix)) {
            return null;
        }
        String rest = path.substring(pathTailPrefix.length());
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null;
            }
        }
        return new PathParameters(names, new Object[] {rest});
    }

    private Map<String, Object> matchSegments(String path) {
        Object[] values = new Object[names.size()];
        int at = 0;
        for (Segment segment : segments) {
            if (at >= path.length() || path.charAt(at) != '/') {
                return null;
            }
            int start = at + 1;
            int end = path.indexOf('/', start);
            end = end < 0 ? path.length() : end;
            if (segment.parameter < 0) {
                if (end - start != segment.literal.length() || !path.startsWith(segment.literal, start)) {
                    return null;
                }
            } else {
                if (end == start) {
                    return null; // a parameter is never empty
                }
                String text = path.substring(start, end);
                if (!fits(segment, text)) {
                    return null;
                }
                values[segment.parameter] = convert(segment.parameter, text);
                if (values[segment.parameter] == NO_MATCH) {
                    return null;
                }
            }
            at = end;
        }
        return at == path.length() ? new PathParameters(names, values) : null;
    }

    private static boolean fits(Segment segment, String text) {
        if (segment.shape != null) {
            return segment.shape.matcher(text).matches();
        }
        if (!segment.digits) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    // The converted value, or NO_MATCH when it does not convert (an int too large for int, say), as a non-digit.
    private Object convert(int parameter, String text) {
        try {
            return converters.get(parameter).convert().apply(text);
        } catch (RuntimeException unconvertible) {
            return NO_MATCH;
        }
    }

    /**
     * The path this template gives with the parameters filled in, as Starlette's {@code url_path_for}: the map's
     * keys must be exactly the template's parameter names (else {@code null}). Each value is written with
     * {@code toString()} and percent-encoded as a path segment (a {@code path} parameter keeps its slashes), so
     * {@code a b/c} fills {@code {name}} as {@code a%20b%2Fc}.
     *
     * <pre>{@code
     * PathPattern.compile("/items/{id:int}").expand(Map.of("id", 7));   // "/items/7"
     * PathPattern.compile("/items/{id:int}").expand(Map.of());          // null: id is missing
     * }</pre>
     *
     * @return the path, or {@code null} when the names differ or a value is {@code null}
     */
    public String expand(Map<String, ?> params) {
        if (params.size() != names.size() || !params.keySet().containsAll(names)) {
            return null;
        }
        if (names.isEmpty()) {
            return template;
        }
        StringBuilder path = new StringBuilder(template.length() + 16);
        Matcher param = PARAM.matcher(template);
        int last = 0;
        while (param.find()) {
            path.append(template, last, param.start());
            Object value = params.get(param.group(1));
            if (value == null) {
                return null;
            }
            boolean keepSlashes = "path".equals(param.group(2));
            PathText.encode(value.toString(), keepSlashes, path);
            last = param.end();
        }
        return path.append(template, last, template.length()).toString();
    }

    @Override
    public String toString() {
        return template;
    }
}
