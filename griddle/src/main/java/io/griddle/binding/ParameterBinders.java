package io.griddle.binding;

import io.griddle.Default;
import io.griddle.Header;
import io.griddle.Path;
import io.griddle.Query;
import io.griddle.RequestValidationError;
import io.griddle.http.Request;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/** Builds the {@link ParameterBinder} for each parameter of a handler method, failing early on what cannot bind. */
final class ParameterBinders {

    private ParameterBinders() {
    }

    static ParameterBinder forParameter(Method method, Parameter parameter) {
        if (parameter.getType() == Request.class) {
            return request -> request;
        }
        Path path = parameter.getAnnotation(Path.class);
        Query query = parameter.getAnnotation(Query.class);
        Header header = parameter.getAnnotation(Header.class);
        if (path != null) {
            String name = name(method, parameter, path.value());
            return textBinder(method, parameter, "path", name, request -> request.pathParam(name));
        }
        if (query != null) {
            String name = name(method, parameter, query.value());
            return textBinder(method, parameter, "query", name, request -> request.queryParam(name));
        }
        if (header != null) {
            String name = header.value().isEmpty() ? name(method, parameter, "").replace('_', '-') : header.value();
            return textBinder(method, parameter, "header", name, request -> request.header(name));
        }
        throw new IllegalArgumentException(where(method, parameter)
                + " needs an annotation (@Path, @Query or @Header) or the type Request");
    }

    private static String name(Method method, Parameter parameter, String given) {
        if (!given.isEmpty()) {
            return given;
        }
        if (!parameter.isNamePresent()) {
            throw new IllegalArgumentException(where(method, parameter) + ": compile with -parameters, or name it"
                    + " in the annotation, e.g. @Query(\"size\")");
        }
        return parameter.getName();
    }

    private interface TextSource {
        String read(Request request);
    }

    private static ParameterBinder textBinder(Method method, Parameter parameter, String location, String name,
                                              TextSource source) {
        boolean optional = parameter.getType() == Optional.class;
        Class<?> valueType = optional ? optionalElement(method, parameter) : parameter.getType();
        ValueParser parser = ValueParser.forType(valueType);
        if (parser == null) {
            throw new IllegalArgumentException(where(method, parameter) + ": type " + valueType.getSimpleName()
                    + " is not supported as a " + location + " value");
        }
        List<Object> loc = List.of(location, name);
        Default fallback = parameter.getAnnotation(Default.class);
        Object defaultValue = fallback == null ? null : parser.convert(fallback.value(), loc);
        if (optional) {
            return request -> {
                String text = source.read(request);
                return text == null ? Optional.ofNullable(defaultValue) : Optional.of(parser.convert(text, loc));
            };
        }
        return request -> {
            String text = source.read(request);
            if (text != null) {
                return parser.convert(text, loc);
            }
            if (fallback != null) {
                return defaultValue;
            }
            throw new RequestValidationError(List.of(new RequestValidationError.Issue("missing", loc, "Field required", null)));
        };
    }

    private static Class<?> optionalElement(Method method, Parameter parameter) {
        Type type = parameter.getParameterizedType();
        if (type instanceof ParameterizedType generic && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        throw new IllegalArgumentException(where(method, parameter) + ": write Optional<T> with a concrete T");
    }

    static String where(Method method, Parameter parameter) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "(" + parameter.getName() + ")";
    }
}
