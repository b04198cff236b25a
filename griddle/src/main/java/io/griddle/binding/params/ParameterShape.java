package io.griddle.binding.params;

import io.griddle.binding.reflect.Types;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * A request parameter's type taken apart, for the text binders (path, query, header, cookie, form):
 * {@code Optional<List<Integer>>} is optional, a list, of {@code Integer}; {@code int} is neither, of {@code int}.
 */
public record ParameterShape(boolean optional, boolean list, Type element) {

    /** The shape of a type; a missing type argument ({@code Optional} written raw) gives the element {@code Object}. */
    public static ParameterShape of(Type type) {
        boolean optional = Types.raw(type) == Optional.class;
        if (optional) {
            type = Types.argument(type, 0);
        }
        boolean list = Types.raw(type) == List.class;
        return new ParameterShape(optional, list, list ? Types.argument(type, 0) : type);
    }
}
