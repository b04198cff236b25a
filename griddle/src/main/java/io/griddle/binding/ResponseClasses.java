package io.griddle.binding;

import io.griddle.ResponseClass;
import io.griddle.http.Response;
import io.griddle.responses.JsonResponse;
import io.griddle.responses.ResponseRenderer;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The {@link ResponseClass @ResponseClass} of a route (the method's, else its controller's), made once per renderer
 * class at startup. {@link JsonResponse} is the default and means no renderer: the route's response model writes.
 */
final class ResponseClasses {

    private static final Map<Class<?>, ResponseRenderer> MADE = new ConcurrentHashMap<>();

    private ResponseClasses() {}

    /** The route's renderer, or {@code null} for the default JSON. */
    static ResponseRenderer of(Method method) {
        ResponseClass declared = method.getAnnotation(ResponseClass.class);
        if (declared == null) {
            declared = method.getDeclaringClass().getAnnotation(ResponseClass.class);
        }
        if (declared == null || declared.value() == JsonResponse.class) {
            return null;
        }
        Class<? extends ResponseRenderer> type = declared.value();
        return MADE.computeIfAbsent(type, t -> make(method, type));
    }

    /** The success status: {@code @StatusCode}'s, else the renderer's (307 for a redirect), else 200. */
    static int status(Method method) {
        io.griddle.StatusCode code = method.getAnnotation(io.griddle.StatusCode.class);
        if (code != null) {
            return code.value();
        }
        ResponseRenderer renderer = of(method);
        return renderer == null ? 200 : renderer.status();
    }

    /** How the route renders with its renderer: a returned {@link Response} as it is, anything else rendered. */
    static Function<Object, Response> renderer(ResponseRenderer renderer, int status) {
        return value -> value instanceof Response response ? response : renderer.render(value, status);
    }

    private static ResponseRenderer make(Method method, Class<? extends ResponseRenderer> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException(
                    method + ": @ResponseClass(" + type.getSimpleName() + ") needs a no-argument constructor", e);
        }
    }
}
