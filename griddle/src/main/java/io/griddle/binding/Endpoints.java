package io.griddle.binding;

import io.griddle.Blocking;
import io.griddle.Delete;
import io.griddle.Get;
import io.griddle.Head;
import io.griddle.NonBlocking;
import io.griddle.Options;
import io.griddle.Patch;
import io.griddle.Post;
import io.griddle.Put;
import io.griddle.RequestValidationError;
import io.griddle.http.Json;
import io.griddle.http.Request;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectWriter;

/**
 * Reads a controller object's annotated methods and builds one {@link Endpoint} per route, at startup: the
 * parameter binders, a method handle bound to the object, and a JSON writer for the declared return type.
 */
public final class Endpoints {

    /** A route found on a controller. */
    public record Declared(String method, String path, Endpoint endpoint, Method handler) {
    }

    private Endpoints() {
    }

    /** The routes declared on the controller's methods (and its superclasses'), in declaration order per class. */
    public static List<Declared> scan(Object controller) {
        List<Declared> routes = new ArrayList<>();
        for (Class<?> type = controller.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                String[] route = route(method);
                if (route != null) {
                    routes.add(new Declared(route[0], route[1], endpoint(controller, method), method));
                }
            }
        }
        if (routes.isEmpty()) {
            throw new IllegalArgumentException(controller.getClass().getName()
                    + " has no method annotated with @Get, @Post, @Put, @Patch, @Delete, @Head or @Options");
        }
        return routes;
    }

    private static String[] route(Method method) {
        if (method.getAnnotation(Get.class) instanceof Get get) return new String[] {"GET", get.value()};
        if (method.getAnnotation(Post.class) instanceof Post post) return new String[] {"POST", post.value()};
        if (method.getAnnotation(Put.class) instanceof Put put) return new String[] {"PUT", put.value()};
        if (method.getAnnotation(Patch.class) instanceof Patch patch) return new String[] {"PATCH", patch.value()};
        if (method.getAnnotation(Delete.class) instanceof Delete delete) return new String[] {"DELETE", delete.value()};
        if (method.getAnnotation(Head.class) instanceof Head head) return new String[] {"HEAD", head.value()};
        if (method.getAnnotation(Options.class) instanceof Options options) return new String[] {"OPTIONS", options.value()};
        return null;
    }

    static Endpoint endpoint(Object controller, Method method) {
        boolean returnsStage = CompletionStage.class.isAssignableFrom(method.getReturnType());
        if (method.isAnnotationPresent(Blocking.class) && method.isAnnotationPresent(NonBlocking.class)) {
            throw new IllegalArgumentException(method + " cannot be both @Blocking and @NonBlocking");
        }
        Endpoint.Kind kind = method.isAnnotationPresent(Blocking.class) ? Endpoint.Kind.BLOCKING
                : method.isAnnotationPresent(NonBlocking.class) || returnsStage ? Endpoint.Kind.ASYNC
                : Endpoint.Kind.BLOCKING;
        Parameter[] parameters = method.getParameters();
        ParameterBinder[] binders = new ParameterBinder[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            binders[i] = ParameterBinders.forParameter(method, parameters[i]);
        }
        return Endpoint.of(kind, invoker(controller, method, binders), renderer(method, returnsStage));
    }

    private static Endpoint.Invoker invoker(Object controller, Method method, ParameterBinder[] binders) {
        MethodHandle handle;
        try {
            method.setAccessible(true);
            handle = MethodHandles.lookup().unreflect(method).bindTo(controller)
                    .asSpreader(Object[].class, binders.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("cannot call " + method + ": " + e.getMessage(), e);
        }
        return request -> {
            Object[] args = bind(binders, request);
            try {
                return (Object) handle.invokeExact(args);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable other) {
                throw new IllegalStateException(other);
            }
        };
    }

    private static final List<Object> LOCATION_ORDER = List.of("path", "query", "header");

    // Binds every argument, collecting all validation problems before failing, as FastAPI reports them together.
    private static Object[] bind(ParameterBinder[] binders, Request request) {
        Object[] args = new Object[binders.length];
        List<RequestValidationError.Issue> issues = null;
        for (int i = 0; i < binders.length; i++) {
            try {
                args[i] = binders[i].bind(request);
            } catch (RequestValidationError invalid) {
                if (issues == null) {
                    issues = new ArrayList<>();
                }
                issues.addAll(invalid.errors());
            }
        }
        if (issues != null) {
            // FastAPI lists path errors, then query, then header errors, each in parameter order: a stable sort.
            issues.sort(Comparator.comparingInt(issue -> LOCATION_ORDER.indexOf(issue.loc().get(0))));
            throw new RequestValidationError(issues);
        }
        return args;
    }

    private static Function<Object, Response> renderer(Method method, boolean returnsStage) {
        Type declared = method.getGenericReturnType();
        if (returnsStage) {
            declared = declared instanceof ParameterizedType stage ? stage.getActualTypeArguments()[0] : Object.class;
        }
        if (declared == Response.class) {
            return value -> (Response) value;
        }
        if (declared == Object.class || !(declared instanceof Class<?> || declared instanceof ParameterizedType)) {
            return value -> value instanceof Response response ? response : Response.json(value);
        }
        JavaType type = Json.mapper().constructType(declared);
        ObjectWriter writer = Json.mapper().writerFor(type);
        return value -> value instanceof Response response ? response : Response.rawJson(writer.writeValueAsBytes(value));
    }
}
