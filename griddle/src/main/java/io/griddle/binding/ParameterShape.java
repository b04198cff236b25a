package io.griddle.binding;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * A request parameter's type taken apart, for the text binders (path, query, header, cookie, form):
 * {@code Optional<List<Integer>>} is optional, a list, of {@code Integer}; {@code int} is neither, of {@code int}.
 */
record ParameterShape(boolean optional, boolean list, Type element) {

    /** The shape of a type; a missing type argument ({@code Optional} written raw) gives the element {@code Object}. */
    static ParameterShape of(Type type) {
        boolean optional = JsonBinders.raw(type) == Optional.class;
        if (optional) {
            type = argument(type);
        }
        boolean list = JsonBinders.raw(type) == List.class;
        return new ParameterShape(optional, list, list ? argument(type) : type);
    }

    private static Type argument(Type type) {
        return type instanceof ParameterizedType generic ? generic.getActualTypeArguments()[0] : Object.class;
    }
}
