package io.griddle.binding;

import io.griddle.Blocking;
import io.griddle.Body;
import io.griddle.Delete;
import io.griddle.Dependencies;
import io.griddle.Get;
import io.griddle.Head;
import io.griddle.NonBlocking;
import io.griddle.Options;
import io.griddle.Patch;
import io.griddle.Post;
import io.griddle.Put;
import io.griddle.RequestValidationError;
import io.griddle.Status;
import io.griddle.routing.Endpoint;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Reads a controller object's annotated methods and builds one {@link Endpoint} per route, at startup: the
 * parameter binders, a method handle bound to the object, and a renderer for the declared return type. A route
 * without body or dependencies runs directly where its kind says; one with them runs as an {@link Invocation}.
 */
public final class Endpoints {

    /** A route found on a controller, with what the binding layer knows about it for documentation. */
    public record Declared(String method, String path, Endpoint endpoint, Method handler, Description description) {
    }

    private Endpoints() {
    }

    /** The routes of a controller with no providers: {@code @Depends} is refused. */
    public static List<Declared> scan(Object controller) {
        return scan(controller, new Providers(), List.of());
    }

    /**
     * The routes declared on the controller's methods (and its superclasses'), in declaration order per class.
     *
     * @param providers where {@code @Depends} providers are found
     * @param appWide   provider classes every route runs first
     */
    public static List<Declared> scan(Object controller, Providers providers, List<Class<?>> appWide) {
        List<Class<?>> classWide = new ArrayList<>(appWide);
        if (controller.getClass().getAnnotation(Dependencies.class) instanceof Dependencies onClass) {
            classWide.addAll(List.of(onClass.value()));
        }
        List<Declared> routes = new ArrayList<>();
        for (Class<?> type = controller.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                String[] route = route(method);
                if (route != null) {
                    Description[] description = new Description[1];
                    Endpoint endpoint = endpoint(controller, method, providers, classWide, route, description);
                    routes.add(new Declared(route[0], route[1], endpoint, method, description[0]));
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

    static Endpoint endpoint(Object controller, Method method, Providers providers, List<Class<?>> classWide,
                             String[] route, Description[] description) {
        boolean returnsStage = CompletionStage.class.isAssignableFrom(method.getReturnType());
        if (method.isAnnotationPresent(Blocking.class) && method.isAnnotationPresent(NonBlocking.class)) {
            throw new IllegalArgumentException(method + " cannot be both @Blocking and @NonBlocking");
        }
        Endpoint.Kind kind = method.isAnnotationPresent(Blocking.class) ? Endpoint.Kind.BLOCKING
                : method.isAnnotationPresent(NonBlocking.class) || returnsStage ? Endpoint.Kind.ASYNC
                : Endpoint.Kind.BLOCKING;
        ParameterBinders.Signature signature = ParameterBinders.of(method, providers);
        MethodHandle handle = handle(controller, method);
        Function<Object, io.griddle.http.Response> render = Renderers.forMethod(method, returnsStage);
        List<Providers.Slot> declared = new ArrayList<>();
        for (Class<?> provider : classWide) {
            declared.add(providers.slot(provider));
        }
        if (method.getAnnotation(Dependencies.class) instanceof Dependencies onMethod) {
            for (Class<?> provider : onMethod.value()) {
                declared.add(providers.slot(provider));
            }
        }
        description[0] = describe(route, method, signature, declared, returnsStage);
        if (signature.needsBody() || !declared.isEmpty() || !signature.depends().isEmpty()) {
            // Started on the loop: the body is read and async providers awaited there; blocking parts hop to a thread.
            Invocation invocation = new Invocation(providers, declared, signature, handle,
                    kind == Endpoint.Kind.BLOCKING, render);
            return Endpoint.of(Endpoint.Kind.ASYNC, invocation::invoke, render);
        }
        ParameterBinder[] binders = signature.binders();
        return Endpoint.of(kind, request -> Invocation.call(handle, bind(binders, new Call(request))), render);
    }

    // The handler's own parameters and its providers' (each provider once, depth first), as FastAPI flattens them.
    private static Description describe(String[] route, Method method, ParameterBinders.Signature signature,
                                        List<Providers.Slot> declared, boolean returnsStage) {
        List<Description.Parameter> parameters = new ArrayList<>();
        Set<Providers.Slot> seen = new HashSet<>();
        List<Providers.Slot> roots = new ArrayList<>(declared);
        roots.addAll(signature.depends());
        for (Providers.Slot slot : roots) {
            collect(slot, parameters, seen);
        }
        parameters.addAll(signature.described());
        // FastAPI's document order: path, query, header and cookie values, then bodies, each in the order found.
        List<Description.Parameter> ordered = new ArrayList<>();
        for (String location : List.of("path", "query", "header", "cookie", "body")) {
            parameters.stream().filter(p -> p.location().equals(location)).forEach(ordered::add);
        }
        long bodies = ordered.stream().filter(p -> p.location().equals("body")).count();
        boolean embed = bodies > 1 || Arrays.stream(method.getParameters())
                .anyMatch(p -> p.getAnnotation(Body.class) instanceof Body b && b.embed());
        Type response = method.getGenericReturnType();
        if (returnsStage) {
            response = response instanceof ParameterizedType stage
                    ? stage.getActualTypeArguments()[0] : Object.class;
        }
        Status status = method.getAnnotation(Status.class);
        return new Description(route[0], route[1], method.getName(), List.copyOf(ordered), embed, response,
                status == null ? 200 : status.value());
    }

    private static void collect(Providers.Slot slot, List<Description.Parameter> into, Set<Providers.Slot> seen) {
        if (!seen.add(slot)) {
            return;
        }
        ParameterBinders.Signature signature = slot.plan.signature();
        for (Providers.Slot needed : signature.depends()) {
            collect(needed, into, seen);
        }
        into.addAll(signature.described());
    }

    private static MethodHandle handle(Object controller, Method method) {
        try {
            method.setAccessible(true);
            return MethodHandles.lookup().unreflect(method).bindTo(controller)
                    .asSpreader(Object[].class, method.getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("cannot call " + method + ": " + e.getMessage(), e);
        }
    }

    // Binds every argument, collecting all validation problems before failing, as FastAPI reports them together.
    private static Object[] bind(ParameterBinder[] binders, Call call) {
        Object[] args = new Object[binders.length];
        List<RequestValidationError.Issue> issues = null;
        for (int i = 0; i < binders.length; i++) {
            try {
                args[i] = binders[i].bind(call);
            } catch (RequestValidationError invalid) {
                if (issues == null) {
                    issues = new ArrayList<>();
                }
                issues.addAll(invalid.errors());
            }
        }
        if (issues != null) {
            issues.sort(Invocation.ORDER);
            throw new RequestValidationError(issues);
        }
        return args;
    }
}
