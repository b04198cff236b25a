package io.griddle.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled path template such as {@code /burgers/{id:int}/toppings/{name}}. A template without parameters is
 * matched by string equality; one with parameters by a regular expression built once, here.
 */
public final class PathPattern {

    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)(?::([A-Za-z_][A-Za-z0-9_]*))?}");

    private final String template;
    private final Pattern regex;
    private final List<String> names;
    private final List<Converter> converters;

    private PathPattern(String template, Pattern regex, List<String> names, List<Converter> converters) {
        this.template = template;
        this.regex = regex;
        this.names = names;
        this.converters = converters;
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
            throw new IllegalArgumentException("malformed path parameter in " + template
                    + "; write {name} or {name:converter}");
        }
        if (names.isEmpty()) {
            return new PathPattern(template, null, List.of(), List.of());
        }
        regex.append(Pattern.quote(rest)).append('$');
        return new PathPattern(template, Pattern.compile(regex.toString()), List.copyOf(names), List.copyOf(converters));
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
        Matcher matcher = regex.matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) {
            try {
                values.put(names.get(i), converters.get(i).convert().apply(matcher.group(i + 1)));
            } catch (RuntimeException unconvertible) {
                return null; // e.g. an int too large for int: no match, as a non-digit would be
            }
        }
        return Collections.unmodifiableMap(values);
    }

    @Override
    public String toString() {
        return template;
    }
}
