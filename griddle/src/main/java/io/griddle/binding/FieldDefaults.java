package io.griddle.binding;

import io.griddle.Default;
import io.griddle.http.Json;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * The defaults of record components ({@code @Default} on a component), as JSON: what a body that leaves the field
 * out binds, what the OpenAPI schema shows as {@code default}, and what {@code excludeDefaults} compares with.
 *
 * <pre>{@code
 * record Item(String name, @Default("10.5") double tax) {}
 * FieldDefaults.json(Item.class.getRecordComponents()[1]);   // 10.5
 * }</pre>
 */
public final class FieldDefaults {

    private FieldDefaults() {
    }

    /** The component's default as a JSON node, or {@code null} when it has none. */
    static JsonNode node(RecordComponent component) {
        Default fallback = component.getAnnotation(Default.class);
        if (fallback == null) {
            return null;
        }
        Type type = component.getGenericType();
        if (component.getType() == Optional.class && type instanceof ParameterizedType optional) {
            type = optional.getActualTypeArguments()[0];
        }
        if (type instanceof Class<?> raw && textual(raw)) {
            return StringNode.valueOf(fallback.value());
        }
        try {
            return Json.mapper().readTree(fallback.value());
        } catch (JacksonException e) {
            throw new IllegalArgumentException(component.getDeclaringRecord().getSimpleName() + "." + component.getName()
                    + ": @Default(\"" + fallback.value() + "\") is not JSON (write \"[]\", \"10.5\", \"true\", ...)", e);
        }
    }

    /** The component's default as plain JSON values (maps, lists, numbers...), or {@code null} when it has none. */
    public static Object json(RecordComponent component) {
        JsonNode node = node(component);
        return node == null ? null : Json.mapper().treeToValue(node, Object.class);
    }

    /** Whether the component has a {@code @Default}. */
    public static boolean has(RecordComponent component) {
        return component.isAnnotationPresent(Default.class);
    }

    private static boolean textual(Class<?> raw) {
        return raw == String.class || raw == char.class || raw == Character.class || raw.isEnum() || raw == UUID.class
                || Temporal.class.isAssignableFrom(raw);
    }
}
