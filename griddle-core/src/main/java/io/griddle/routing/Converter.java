package io.griddle.routing;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns one path segment (or, for {@code path}, the rest of the path) into a typed value. A segment that the
 * pattern does not match makes the route not match, so {@code /items/abc} against {@code /items/{id:int}} is a 404,
 * as in Starlette.
 *
 * @param name    the name used in templates: {@code {id:int}}
 * @param regex   what a value looks like
 * @param convert text to value; a {@link RuntimeException} also counts as "does not match"
 */
public record Converter(String name, String regex, Function<String, Object> convert) {

    private static final Map<String, Converter> BUILT_IN = Map.of(
            "str", new Converter("str", "[^/]+", text -> text),
            "int", new Converter("int", "[0-9]+", Integer::valueOf),
            "long", new Converter("long", "[0-9]+", Long::valueOf),
            "float", new Converter("float", "[0-9]+(?:\\.[0-9]+)?", Double::valueOf),
            "uuid",
                    new Converter(
                            "uuid",
                            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                            UUID::fromString),
            "path", new Converter("path", ".*", text -> text));

    public Converter {
        Pattern.compile(regex); // fail early on a bad pattern
    }

    /** The converter of that name: {@code str} (default), {@code int}, {@code long}, {@code float}, {@code uuid}, {@code path}. */
    public static Converter named(String name) {
        Converter converter = BUILT_IN.get(name);
        if (converter == null) {
            throw new IllegalArgumentException("unknown path converter '" + name + "'; known: " + BUILT_IN.keySet());
        }
        return converter;
    }
}
