package io.griddle.binding.reflect;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;

/**
 * The few questions the binders, the response writers and the schema generator ask of a declared type, answered in
 * one place, at startup only.
 *
 * <pre>{@code
 * Types.raw(List<String>)              // List
 * Types.raw(? extends Number)          // Number
 * Types.argument(Map<String, Long>, 1) // Long
 * Types.jsonName(component)            // "item-name" for @JsonProperty("item-name") String name
 * }</pre>
 */
public final class Types {

    private Types() {}

    /**
     * The class of a type, as erasure gives it: {@code List} for {@code List<String>}, the upper bound's class for a
     * wildcard ({@code ? extends Number}) or a type variable ({@code T extends Number}), an array class for a generic
     * array ({@code List<String>[]}); {@code Object} for {@code ?}, {@code ? super X} and an unbounded variable.
     */
    public static Class<?> raw(Type type) {
        return switch (type) {
            case Class<?> plain -> plain;
            case ParameterizedType generic -> raw(generic.getRawType());
            case WildcardType wildcard when wildcard.getUpperBounds().length == 1 -> raw(wildcard.getUpperBounds()[0]);
            case TypeVariable<?> variable -> raw(variable.getBounds()[0]);
            case GenericArrayType array -> raw(array.getGenericComponentType()).arrayType();
            case null, default -> Object.class;
        };
    }

    /**
     * The type argument at {@code index} ({@code Long} at 1 of {@code Map<String, Long>}), as written (a wildcard
     * stays one); {@code Object} when the type is not parameterized ({@code Optional} written raw).
     */
    public static Type argument(Type type, int index) {
        return type instanceof ParameterizedType generic ? generic.getActualTypeArguments()[index] : Object.class;
    }

    /** As {@link #argument(Type, int)} with the type-use annotations; {@code null} when there is no such argument. */
    public static AnnotatedType argument(AnnotatedType type, int index) {
        return type instanceof AnnotatedParameterizedType generic
                        && generic.getAnnotatedActualTypeArguments().length > index
                ? generic.getAnnotatedActualTypeArguments()[index]
                : null;
    }

    /** A record component's name in JSON: its {@code @JsonProperty} name, else its own. */
    public static String jsonName(RecordComponent component) {
        return jsonName(component.getAccessor());
    }

    /**
     * An accessor's property name in JSON: its {@code @JsonProperty} name, else the method's ({@code username} for
     * {@code String username()}). A record component's annotation is read on its accessor, where javac puts it.
     */
    public static String jsonName(Method accessor) {
        JsonProperty renamed = accessor.getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : accessor.getName();
    }
}
