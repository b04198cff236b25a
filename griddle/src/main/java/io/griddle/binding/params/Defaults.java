package io.griddle.binding.params;

import io.griddle.Default;
import io.griddle.RequestValidationError;
import io.griddle.binding.reflect.Types;
import io.griddle.http.Json;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.StringNode;

/**
 * The value of a {@link Default}, read once at startup. A parameter's is request text converted as the query's
 * would be ({@link #of}); a record component's is JSON ({@link #node}), bound by the component's own binder, shown
 * as the schema's {@code default} and compared with by {@code excludeDefaults}. Lists and sets are unmodifiable,
 * so one value serves every request.
 *
 * <pre>{@code
 * Defaults.of(parameter.getAnnotation(Default.class), listType, "Items.read(q)");   // [foo, bar] for @Default({"foo", "bar"})
 * Defaults.json(Item.class.getRecordComponents()[1]);                                // 10.5 for @Default("10.5") double tax
 * }</pre>
 */
public final class Defaults {

    private static final List<Object> LOC = List.of("default");

    private Defaults() {}

    /**
     * A parameter's default for a value of the declared type ({@code Optional<T>} gives a {@code T}), or {@code null}
     * when there is no annotation.
     *
     * @throws IllegalArgumentException naming {@code where} when the text does not convert
     */
    public static Object of(Default fallback, Type type, String where) {
        if (fallback == null) {
            return null;
        }
        Type declared = Types.raw(type) == Optional.class ? Types.argument(type, 0) : type;
        Class<?> raw = Types.raw(declared);
        String[] texts = fallback.value();
        if (isCollection(raw)) {
            List<Object> values = new ArrayList<>(texts.length);
            if (texts.length > 0) {
                Type element = Types.argument(declared, 0);
                ValueParser parser = element instanceof Class<?> c ? ValueParser.forType(c) : null;
                if (parser == null) {
                    throw new IllegalArgumentException(where + ": @Default cannot convert text to "
                            + (element == null ? "the elements" : element.getTypeName()));
                }
                for (String text : texts) {
                    values.add(convert(parser, text, where));
                }
            }
            return raw == Set.class ? Collections.unmodifiableSet(new LinkedHashSet<>(values)) : List.copyOf(values);
        }
        ValueParser parser = ValueParser.forType(raw);
        if (parser == null) {
            throw new IllegalArgumentException(where + ": @Default cannot convert text to " + raw.getSimpleName());
        }
        return convert(parser, single(texts, raw, where), where);
    }

    /**
     * A record component's default as a JSON node, or {@code null} when it has none: a string-like value (string,
     * enum, UUID, URI, date) as its plain text, anything else as JSON text; a list or set one such text per element, or
     * one JSON array for the whole.
     *
     * @throws IllegalArgumentException naming the component when the text is not JSON
     */
    public static JsonNode node(RecordComponent component) {
        Default fallback = component.getAnnotation(Default.class);
        if (fallback == null) {
            return null;
        }
        String where = component.getDeclaringRecord().getSimpleName() + "." + component.getName();
        Type type = component.getGenericType();
        Type declared = Types.raw(type) == Optional.class ? Types.argument(type, 0) : type;
        Class<?> raw = Types.raw(declared);
        String[] texts = fallback.value();
        if (!isCollection(raw)) {
            return node(declared, single(texts, raw, where), where);
        }
        if (texts.length == 1 && texts[0].strip().startsWith("[")) {
            return node(Object.class, texts[0], where); // the whole list as one JSON array ("[]")
        }
        ArrayNode elements = Json.mapper().createArrayNode();
        for (String text : texts) {
            elements.add(node(Types.argument(declared, 0), text, where));
        }
        return elements;
    }

    /** A record component's default as plain JSON values (maps, lists, numbers...), or {@code null} for none. */
    public static Object json(RecordComponent component) {
        JsonNode node = node(component);
        return node == null ? null : Json.mapper().treeToValue(node, Object.class);
    }

    /** Whether the record component has a {@code @Default}. */
    public static boolean has(RecordComponent component) {
        return component.isAnnotationPresent(Default.class);
    }

    private static JsonNode node(Type type, String text, String where) {
        if (type instanceof Class<?> raw && textual(raw)) {
            return StringNode.valueOf(text);
        }
        try {
            return Json.mapper().readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    where + ": @Default(\"" + text + "\") is not JSON (write \"[]\", \"10.5\", \"true\", ...)", e);
        }
    }

    private static String single(String[] texts, Class<?> raw, String where) {
        if (texts.length != 1) {
            throw new IllegalArgumentException(where + ": @Default takes one value for a " + raw.getSimpleName());
        }
        return texts[0];
    }

    private static Object convert(ValueParser parser, String text, String where) {
        try {
            return parser.convert(text, LOC);
        } catch (RequestValidationError e) {
            throw new IllegalArgumentException(
                    where + ": @Default(\"" + text + "\"): " + e.errors().get(0).msg(), e);
        }
    }

    private static boolean isCollection(Class<?> raw) {
        return raw == List.class || raw == Collection.class || raw == Set.class;
    }

    private static boolean textual(Class<?> raw) {
        return raw == String.class
                || raw == char.class
                || raw == Character.class
                || raw.isEnum()
                || raw == UUID.class
                || raw == URI.class
                || Temporal.class.isAssignableFrom(raw);
    }
}
