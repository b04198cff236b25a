package io.griddle.binding;

import io.griddle.Default;
import io.griddle.RequestValidationError;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The value of a {@link Default}, converted once at startup as request text would be: one text for a scalar, one
 * per element for a list or set. Lists and sets are unmodifiable, so one value serves every request.
 *
 * <pre>{@code
 * Defaults.of(component.getAnnotation(Default.class), component.getGenericType(), "Item.tags");   // [] for @Default({})
 * }</pre>
 */
public final class Defaults {

    private static final List<Object> LOC = List.of("default");

    private Defaults() {
    }

    /**
     * The default for a value of the declared type ({@code Optional<T>} gives a {@code T}), or {@code null} when
     * there is no annotation.
     *
     * @throws IllegalArgumentException naming {@code where} when the text does not convert
     */
    public static Object of(Default fallback, Type type, String where) {
        if (fallback == null) {
            return null;
        }
        Type declared = raw(type) == Optional.class ? argument(type) : type;
        Class<?> raw = raw(declared);
        String[] texts = fallback.value();
        if (raw == List.class || raw == Collection.class || raw == Set.class) {
            List<Object> values = new ArrayList<>(texts.length);
            if (texts.length > 0) {
                Type element = argument(declared);
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
        if (texts.length != 1) {
            throw new IllegalArgumentException(where + ": @Default takes one value for a " + raw.getSimpleName());
        }
        return convert(parser, texts[0], where);
    }

    private static Object convert(ValueParser parser, String text, String where) {
        try {
            return parser.convert(text, LOC);
        } catch (RequestValidationError e) {
            throw new IllegalArgumentException(where + ": @Default(\"" + text + "\"): " + e.errors().get(0).msg(), e);
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
    }

    private static Type argument(Type type) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : null;
    }
}
