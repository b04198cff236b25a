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
import io.griddle.StatusCode;
import io.griddle.WebSocketRoute;
import io.griddle.binding.forms.FormReader;
import io.griddle.binding.reflect.DeclarationOrder;
import io.griddle.routing.Endpoint;
import io.griddle.security.SecurityScheme;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Reads a controller object's annotated methods and builds one {@link Endpoint} per route, at startup: the
 * parameter binders, a method handle bound to the object, and a renderer for the declared return type. The
 * endpoint's kind is the handler's: a route without body or dependencies calls it directly; one with them is
 * prepared on the loop first, as an {@link Invocation}.
 */
public final class Endpoints {

    /** A route found on a controller, with what the binding layer knows about it for documentation. */
    public record Declared(String method, String path, Endpoint endpoint, Method handler, Description description) {}

    private Endpoints() {}

    /** Whether the route is a {@code @WebSocketRoute} (its {@code method} is {@code WEBSOCKET}). */
    public static boolean isWebSocket(Declared route) {
        return route.method().equals(WebSocketRoutes.METHOD);
    }

    /**
     * The framework's part of the application's warm-up ({@code App.warmUp()}, before the server accepts): loads
     * what the first request of a kind would otherwise load on the loop (the multipart decoder when one of the
     * routes takes a form); a no-op when nothing needs it.
     */
    public static void warmUp(Collection<Description> routes) {
        for (Description route : routes) {
            if (FormReader.isForm(route.bodyMediaType())) {
                FormReader.warm();
                return;
            }
        }
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
        return scan(controller, providers, new RouteDocs.Group(appWide, List.of(), List.of(), false, true));
    }

    /**
     * The routes declared on the controller's methods, with what the routers it is included through pass down:
     * their dependencies run first (app-wide ones included), their tags and responses are documented.
     */
    public static List<Declared> scan(Object controller, Providers providers, RouteDocs.Group group) {
        List<Class<?>> classWide = new ArrayList<>(group.dependencies());
        if (controller.getClass().getAnnotation(Dependencies.class) instanceof Dependencies onClass) {
            classWide.addAll(List.of(onClass.value()));
        }
        List<Declared> routes = new ArrayList<>();
        for (Class<?> type = controller.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Method method : DeclarationOrder.methods(type)) {
                String[] route = route(method);
                if (route != null) {
                    Description[] description = new Description[1];
                    Endpoint endpoint =
                            endpoint(controller, method, providers, classWide, route, description, group.strictJson());
                    description[0] = description[0].withDocs(RouteDocs.of(method, group));
                    routes.add(new Declared(route[0], route[1], endpoint, method, description[0]));
                }
            }
        }
        if (routes.isEmpty()) {
            throw new IllegalArgumentException(controller.getClass().getName()
                    + " has no method annotated with @Get, @Post, @Put, @Patch, @Delete, @Head, @Options or"
                    + " @WebSocketRoute");
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
        if (method.getAnnotation(Options.class) instanceof Options options)
            return new String[] {"OPTIONS", options.value()};
        if (method.getAnnotation(WebSocketRoute.class) instanceof WebSocketRoute webSocket)
            return new String[] {WebSocketRoutes.METHOD, webSocket.value()};
        return null;
    }

    static Endpoint endpoint(
            Object controller,
            Method method,
            Providers providers,
            List<Class<?>> classWide,
            String[] route,
            Description[] description,
            boolean strictContentType) {
        boolean returnsStage = CompletionStage.class.isAssignableFrom(method.getReturnType());
        if (method.isAnnotationPresent(Blocking.class) && method.isAnnotationPresent(NonBlocking.class)) {
            throw new IllegalArgumentException(method + " cannot be both @Blocking and @NonBlocking");
        }
        Endpoint.Kind kind = method.isAnnotationPresent(Blocking.class)
                ? Endpoint.Kind.BLOCKING
                : method.isAnnotationPresent(NonBlocking.class) || returnsStage
                        ? Endpoint.Kind.ASYNC
                        : Endpoint.Kind.BLOCKING;
        ParameterBinders.Signature signature = ParameterBinders.of(method, providers);
        MethodHandle handle = handle(controller, method);
        if (route[0].equals(WebSocketRoutes.METHOD)) {
            List<Providers.Slot> declaredHere = declared(providers, classWide, method);
            description[0] = describe(route, method, signature, declaredHere, null);
            Invocation invocation =
                    new Invocation(providers, declaredHere, signature, handle, kind == Endpoint.Kind.BLOCKING, true);
            return WebSocketRoutes.endpoint(kind, invocation, method, signature.needsBody());
        }
        Function<Object, io.griddle.http.Response> render =
                SubResponses.rendering(Renderers.forMethod(method, returnsStage));
        Type model = Renderers.model(method, returnsStage);
        List<Providers.Slot> declared = new ArrayList<>();
        for (Class<?> provider : classWide) {
            declared.add(providers.slot(provider));
        }
        if (method.getAnnotation(Dependencies.class) instanceof Dependencies onMethod) {
            for (Class<?> provider : onMethod.value()) {
                declared.add(providers.slot(provider));
            }
        }
        description[0] = describe(route, method, signature, declared, model);
        if (signature.needsBody() || !declared.isEmpty() || !signature.depends().isEmpty()) {
            // Prepared on the loop (the body read, async providers awaited), then run where the kind says.
            return Endpoint.of(
                    kind,
                    new Invocation(
                            providers, declared, signature, handle, kind == Endpoint.Kind.BLOCKING, strictContentType),
                    render);
        }
        return Endpoint.of(
                kind,
                request -> {
                    Call call = new Call(request);
                    return SubResponses.carry(call, Invocation.call(handle, Invocation.bindHandler(signature, call)));
                },
                render);
    }

    // The class-wide providers, then the method's @Dependencies (for a WebSocket route, as for an HTTP one).
    private static List<Providers.Slot> declared(Providers providers, List<Class<?>> classWide, Method method) {
        List<Providers.Slot> declared = new ArrayList<>();
        for (Class<?> provider : classWide) {
            declared.add(providers.slot(provider));
        }
        if (method.getAnnotation(Dependencies.class) instanceof Dependencies onMethod) {
            for (Class<?> provider : onMethod.value()) {
                declared.add(providers.slot(provider));
            }
        }
        return declared;
    }

    // The handler's own parameters and its providers' (each provider once, depth first), as FastAPI flattens them.
    private static Description describe(
            String[] route,
            Method method,
            ParameterBinders.Signature signature,
            List<Providers.Slot> declared,
            Type response) {
        List<Description.Parameter> parameters = new ArrayList<>();
        Map<Class<?>, Providers.Slot> seen = new LinkedHashMap<>(); // providers met, depth first, by class
        List<Providers.Slot> uses = new ArrayList<>(); // and each use by class and scopes
        List<Providers.Slot> roots = new ArrayList<>(declared);
        roots.addAll(signature.depends());
        for (Providers.Slot slot : roots) {
            collect(slot, parameters, seen, uses);
        }
        String bodyType = bodyType(method, signature, seen.values());
        List<Description.SecurityRequirement> security = security(uses);
        parameters.addAll(signature.described());
        // Non-body values first, in the order found, then bodies; the document lists them by location
        // (OpenApiDocument).
        List<Description.Parameter> ordered = new ArrayList<>();
        parameters.stream().filter(p -> !p.location().equals("body")).forEach(ordered::add);
        parameters.stream().filter(p -> p.location().equals("body")).forEach(ordered::add);
        List<Description.Parameter> bodyParameters =
                ordered.stream().filter(p -> p.location().equals("body")).toList();
        long bodies = bodyParameters.size();
        boolean embed = bodies > 1
                || Arrays.stream(method.getParameters())
                        .anyMatch(p -> p.getAnnotation(Body.class) instanceof Body b && b.embed());
        if (FormReader.isForm(bodyType)) {
            // Form fields are always the fields of one object, unless the one form parameter is a record (a form
            // model).
            embed = !(bodies == 1 && bodyParameters.get(0).type() instanceof Class<?> c && c.isRecord());
        }
        StatusCode status = method.getAnnotation(StatusCode.class);
        return new Description(
                route[0],
                route[1],
                method.getName(),
                List.copyOf(ordered),
                embed,
                response,
                status == null ? ResponseClasses.status(method) : status.value(),
                RouteDocs.DEFAULT,
                bodyType,
                List.copyOf(security),
                io.griddle.binding.responses.StreamedResults.of(method, response));
    }

    // The route's body: the handler's and its providers' must agree on JSON or form; multipart if any has files.
    private static String bodyType(
            Method method, ParameterBinders.Signature signature, Collection<Providers.Slot> providers) {
        List<String> types = new ArrayList<>();
        types.add(signature.bodyType());
        providers.forEach(slot -> types.add(slot.plan.signature().bodyType()));
        boolean json = types.contains("application/json");
        boolean form = types.stream().anyMatch(FormReader::isForm);
        if (json && form) {
            throw new IllegalArgumentException(method + ": the route reads its body as JSON (@Body) and its"
                    + " providers read it as a form (@Form, @File): choose one");
        }
        return json
                ? "application/json"
                : types.contains(FormReader.MULTIPART) ? FormReader.MULTIPART : form ? FormReader.URLENCODED : null;
    }

    // Each use of a provider once (by class and scopes: a provider that uses scopes is a dependant per set of
    // scopes); its parameters once per class, as FastAPI flattens them.
    private static void collect(
            Providers.Slot slot,
            List<Description.Parameter> into,
            Map<Class<?>, Providers.Slot> seen,
            List<Providers.Slot> uses) {
        for (Providers.Slot use : uses) {
            if (use.type == slot.type && use.scopes.equals(slot.scopes)) {
                return;
            }
        }
        uses.add(slot);
        boolean first = seen.putIfAbsent(slot.type, slot) == null;
        ParameterBinders.Signature signature = slot.plan.signature();
        for (Providers.Slot needed : signature.depends()) {
            collect(needed, into, seen, uses);
        }
        if (first) {
            into.addAll(signature.described());
        }
    }

    // One requirement per scheme name, in the order met, with the scopes of all its uses merged (each once).
    private static List<Description.SecurityRequirement> security(List<Providers.Slot> uses) {
        Map<String, SecurityScheme<?>> schemes = new LinkedHashMap<>();
        Map<String, List<String>> scopes = new LinkedHashMap<>();
        for (Providers.Slot use : uses) {
            if (use.plan.instance() instanceof SecurityScheme<?> scheme) {
                schemes.putIfAbsent(scheme.schemeName(), scheme);
                List<String> required = scopes.computeIfAbsent(scheme.schemeName(), name -> new ArrayList<>());
                use.scopes.stream().filter(scope -> !required.contains(scope)).forEach(required::add);
            }
        }
        List<Description.SecurityRequirement> requirements = new ArrayList<>();
        schemes.forEach(
                (name, scheme) -> requirements.add(new Description.SecurityRequirement(scheme, scopes.get(name))));
        return List.copyOf(requirements);
    }

    private static MethodHandle handle(Object controller, Method method) {
        try {
            method.setAccessible(true);
            return MethodHandles.lookup()
                    .unreflect(method)
                    .bindTo(controller)
                    .asSpreader(Object[].class, method.getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("cannot call " + method + ": " + e.getMessage(), e);
        }
    }
}
