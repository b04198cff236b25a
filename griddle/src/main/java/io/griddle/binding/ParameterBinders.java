package io.griddle.binding;

import io.griddle.Body;
import io.griddle.Cookie;
import io.griddle.Default;
import io.griddle.Format;
import io.griddle.Header;
import io.griddle.Path;
import io.griddle.Query;
import io.griddle.RequestValidationError;
import io.griddle.RequestValidationError.Issue;
import io.griddle.binding.forms.FormReader;
import io.griddle.binding.json.JsonBinder;
import io.griddle.binding.json.JsonBinders;
import io.griddle.binding.json.StreamBinder;
import io.griddle.binding.json.StreamBinders;
import io.griddle.binding.params.Defaults;
import io.griddle.binding.params.ParameterShape;
import io.griddle.binding.params.ValueParser;
import io.griddle.binding.reflect.Types;
import io.griddle.binding.validation.Constraints;
import io.griddle.binding.validation.ElementLocations;
import io.griddle.http.Request;
import io.griddle.security.SecurityScopes;
import io.griddle.websocket.BlockingWebSocket;
import io.griddle.websocket.WebSocket;
import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the {@link ParameterBinder}s of a handler's, provider's or dependency constructor's parameters, failing
 * early on what cannot bind.
 * Text parameters ({@code @Path @Query @Header @Cookie}) convert with a {@link ValueParser}, body parameters with a
 * {@link JsonBinder}; Jakarta constraints become {@link Constraints.Check}s.
 */
final class ParameterBinders {

    private ParameterBinders() {}

    /**
     * The binders of a method's parameters, and what they need: the body, dependencies; with the description of
     * the request values they read, for the OpenAPI document; {@code bodyType} is the body's media type
     * ({@code application/json}, or a form's when parameters are {@code @Form}/{@code @File}), {@code null} for none.
     */
    record Signature(
            ParameterBinder[] binders,
            boolean needsBody,
            List<Providers.Slot> depends,
            List<Description.Parameter> described,
            String bodyType,
            StreamBinder wholeBody) {}

    /** The binders of a handler's parameters: no scopes are required above a route. */
    static Signature of(Executable method, Providers providers) {
        return of(method, providers, List.of());
    }

    /**
     * The binders of a method's parameters where the scopes above it are {@code scopes}: a {@link SecurityScopes}
     * parameter receives them, and each dependency is found with them and its own ({@code @Security}).
     */
    static Signature of(Executable method, Providers providers, List<String> scopes) {
        Parameter[] parameters = method.getParameters();
        int bodies = 0;
        String formType = null;
        for (Parameter parameter : parameters) {
            if (parameter.isAnnotationPresent(Body.class)) {
                bodies++;
            } else if (FormBinders.reads(parameter) && !FormReader.MULTIPART.equals(formType)) {
                formType = FormBinders.mediaType(parameter);
            }
        }
        if (bodies > 0 && formType != null) {
            throw new IllegalArgumentException(method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + " reads its body as JSON (@Body) and as a form (@Form, @File): choose one");
        }
        ParameterBinder[] binders = new ParameterBinder[parameters.length];
        StreamBinder wholeBody = null;
        List<Providers.Slot> depends = new ArrayList<>();
        List<Description.Parameter> described = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            DependencyParameter dependency = DependencyParameter.of(method, parameter);
            if (dependency != null) {
                Class<?> type = dependency.provider();
                Providers.Slot slot = dependency.useCache()
                        ? providers.slot(type, scopes, dependency.scopes())
                        : providers.uncachedSlot(type, scopes, dependency.scopes());
                depends.add(slot);
                binders[i] = parameter.getType() == Optional.class
                        ? call -> optional(call.resolved(slot))
                        : call -> call.resolved(slot);
            } else if (parameter.getType() == SecurityScopes.class) {
                SecurityScopes required = new SecurityScopes(scopes); // fixed where the method is used
                binders[i] = call -> required;
            } else if (parameter.getAnnotation(Body.class) instanceof Body body
                    && parameter.getType() == io.griddle.Partial.class) {
                // A record that keeps the names the body set: bound from the tree (decision 040).
                binders[i] =
                        PartialBinders.forParameter(method, parameter, body, bodies > 1 || body.embed(), described);
            } else if (parameter.getAnnotation(Body.class) instanceof Body body) {
                boolean embedded = bodies > 1 || body.embed();
                binders[i] = bodyBinder(method, parameter, body, embedded, described);
                wholeBody = embedded ? null : StreamBinders.forAnnotated(parameter.getAnnotatedType());
            } else if (FormBinders.reads(parameter)) {
                binders[i] = FormBinders.forParameter(method, parameter, described);
            } else {
                binders[i] = forParameter(method, parameter, described);
            }
        }
        String bodyType = bodies > 0 ? "application/json" : formType;
        return new Signature(binders, bodyType != null, depends, List.copyOf(described), bodyType, wholeBody);
    }

    // The session of a WebSocket route's handshake; an HTTP route has none.
    private static WebSocket webSocket(Executable method, Request request) {
        WebSocket socket = request.webSocket();
        if (socket == null) {
            throw new IllegalStateException(method.getName() + " takes a WebSocket but " + request
                    + " is an HTTP request: declare it with @WebSocketRoute");
        }
        return socket;
    }

    // A provider that may make nothing (null, e.g. optional credentials) injected as an Optional.
    private static Object optional(Object value) {
        return value == Call.SKIPPED || value instanceof Optional<?> ? value : Optional.ofNullable(value);
    }

    static ParameterBinder forParameter(Executable method, Parameter parameter, List<Description.Parameter> described) {
        if (parameter.getType() == Request.class) {
            return call -> call.request;
        }
        if (parameter.getType() == io.griddle.http.Response.class) {
            return SubResponses.binder();
        }
        if (parameter.getType() == io.griddle.web.BackgroundTasks.class) {
            return call -> io.griddle.web.BackgroundTasks.of(call.request); // the request's one queue
        }
        if (parameter.getType() == WebSocket.class) {
            return call -> webSocket(method, call.request);
        }
        if (parameter.getType() == BlockingWebSocket.class) {
            return call -> webSocket(method, call.request).blocking();
        }
        if (parameter.getAnnotation(Path.class) instanceof Path path) {
            String name = name(method, parameter, path.value());
            return textBinder(method, parameter, "path", name, (request, n) -> request.pathParam(n), described);
        }
        if (ParameterModels.isModel(parameter)) {
            return ParameterModels.forParameter(method, parameter, described); // a record of query/header/cookie values
        }
        if (parameter.getAnnotation(Query.class) instanceof Query query) {
            String name = name(method, parameter, query.value());
            if (isList(parameter)) {
                return listBinder(
                        method,
                        parameter,
                        "query",
                        name,
                        (request, n) -> request.queryParams().getAll(n),
                        described);
            }
            return textBinder(method, parameter, "query", name, Request::queryParam, described);
        }
        if (parameter.getAnnotation(Header.class) instanceof Header header) {
            String name = header.value().isEmpty()
                    ? header.convertUnderscores()
                            ? name(method, parameter, "").replace('_', '-')
                            : name(method, parameter, "")
                    : header.value();
            if (isList(parameter)) {
                // Every line of a repeated header, as FastAPI's list[str] header parameters.
                return listBinder(
                        method,
                        parameter,
                        "header",
                        name,
                        (request, n) -> request.headers().getAll(n),
                        described);
            }
            return textBinder(method, parameter, "header", name, Request::header, described);
        }
        if (parameter.getAnnotation(Cookie.class) instanceof Cookie cookie) {
            String name = name(method, parameter, cookie.value());
            return textBinder(method, parameter, "cookie", name, Request::cookie, described);
        }
        throw new IllegalArgumentException(where(method, parameter)
                + " needs an annotation (@Path, @Query, @Header, @Cookie, @Body, @Form, @File, @Depends or @Security)"
                + " or the type Request or BackgroundTasks");
    }

    static String name(Executable method, Parameter parameter, String given) {
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
        String read(Request request, String name);
    }

    private interface TextsSource {
        List<String> read(Request request, String name);
    }

    private static RequestValidationError invalid(Issue issue) {
        return new RequestValidationError(List.of(issue));
    }

    private static ParameterBinder textBinder(
            Executable method,
            Parameter parameter,
            String location,
            String name,
            TextSource source,
            List<Description.Parameter> described) {
        ParameterShape shape = ParameterShape.of(parameter.getParameterizedType());
        boolean optional = shape.optional();
        if (shape.optional() && !shape.list() && !(shape.element() instanceof Class<?> c && c != Object.class)) {
            throw new IllegalArgumentException(where(method, parameter) + ": write Optional<T> with a concrete T");
        }
        // A list here (a cookie list, say) has no parser: it is refused below.
        Class<?> valueType = shape.list() ? List.class : Types.raw(shape.element());
        ValueParser parser = ValueParser.forType(valueType);
        if (parser == null) {
            throw new IllegalArgumentException(where(method, parameter) + ": type " + valueType.getSimpleName()
                    + " is not supported as a " + location + " value");
        }
        List<Object> loc = List.of(location, name);
        Constraints.Check check = Constraints.forElement(parameter, where(method, parameter));
        Default fallback = parameter.getAnnotation(Default.class);
        Object defaultValue = Defaults.of(fallback, valueType, where(method, parameter));
        described.add(describe(location, name, parameter, !optional && fallback == null, defaultValue));
        return call -> {
            String text = source.read(call.request, name);
            if (text == null) {
                if (optional) {
                    return Optional.ofNullable(defaultValue);
                }
                if (fallback != null) {
                    return defaultValue;
                }
                throw invalid(new Issue("missing", loc, "Field required", null));
            }
            Object value = parser.convert(text, loc);
            if (check != null) {
                Issue issue = check.check(value, text, loc);
                if (issue != null) {
                    throw invalid(issue);
                }
            }
            return optional ? Optional.of(value) : value;
        };
    }

    private static boolean isList(Parameter parameter) {
        return ParameterShape.of(parameter.getParameterizedType()).list();
    }

    // ?tag=a&tag=b: every value converted, errors located by index as Pydantic does (["query", "tag", 1]).
    private static ParameterBinder listBinder(
            Executable method,
            Parameter parameter,
            String location,
            String name,
            TextsSource source,
            List<Description.Parameter> described) {
        ParameterShape shape = ParameterShape.of(parameter.getParameterizedType());
        boolean optional = shape.optional();
        Type listType =
                optional ? Types.argument(parameter.getParameterizedType(), 0) : parameter.getParameterizedType();
        if (!(shape.element() instanceof Class<?> element) || element == Object.class) {
            throw new IllegalArgumentException(where(method, parameter) + ": write List<T> with a concrete T");
        }
        ValueParser parser = ValueParser.forType(element);
        if (parser == null) {
            throw new IllegalArgumentException(where(method, parameter) + ": type " + element.getSimpleName()
                    + " is not supported as a " + location + " value");
        }
        List<Object> loc = List.of(location, name);
        ElementLocations elements = new ElementLocations(loc);
        Constraints.Check check = Constraints.forElement(parameter, where(method, parameter));
        Constraints.Check elementCheck = elementCheck(method, parameter, optional);
        @SuppressWarnings("unchecked")
        List<Object> defaultValue =
                (List<Object>) Defaults.of(parameter.getAnnotation(Default.class), listType, where(method, parameter));
        described.add(describe(location, name, parameter, !optional && defaultValue == null, defaultValue));
        return call -> {
            List<String> texts = source.read(call.request, name);
            if (texts.isEmpty()) {
                if (optional) {
                    return Optional.ofNullable(defaultValue);
                }
                if (defaultValue != null) {
                    return defaultValue;
                }
                throw invalid(new Issue("missing", loc, "Field required", null));
            }
            List<Object> values = new ArrayList<>(texts.size());
            List<Issue> issues = null;
            for (int i = 0; i < texts.size(); i++) {
                try {
                    List<Object> at = elements.at(i);
                    Object value = parser.convert(texts.get(i), at);
                    Issue issue = elementCheck == null ? null : elementCheck.check(value, texts.get(i), at);
                    if (issue != null) {
                        throw invalid(issue);
                    }
                    values.add(value);
                } catch (RequestValidationError e) {
                    issues = issues == null ? new ArrayList<>() : issues;
                    issues.addAll(e.errors());
                }
            }
            if (issues != null) {
                throw new RequestValidationError(issues);
            }
            if (check != null) {
                Issue issue = check.check(values, texts, loc);
                if (issue != null) {
                    throw invalid(issue);
                }
            }
            List<Object> result = List.copyOf(values);
            return optional ? Optional.of(result) : result;
        };
    }

    // The constraints written on the element type: List<@Size(max = 3) String>.
    private static Constraints.Check elementCheck(Executable method, Parameter parameter, boolean optional) {
        AnnotatedType list = parameter.getAnnotatedType();
        if (optional && list instanceof AnnotatedParameterizedType outer) {
            list = outer.getAnnotatedActualTypeArguments()[0];
        }
        return list instanceof AnnotatedParameterizedType generic
                ? Constraints.forElement(generic.getAnnotatedActualTypeArguments()[0], where(method, parameter))
                : null;
    }

    // A single body parameter is the whole body; embedded ones are its fields, as FastAPI's Body(embed=True).
    private static ParameterBinder bodyBinder(
            Executable method,
            Parameter parameter,
            Body body,
            boolean embedded,
            List<Description.Parameter> described) {
        String name = name(method, parameter, body.value());
        described.add(describe("body", name, parameter, parameter.getType() != Optional.class, null));
        JsonBinder binder = JsonBinders.forAnnotated(parameter.getAnnotatedType(), where(method, parameter));
        Constraints.Check check = Constraints.forElement(parameter, where(method, parameter));
        boolean optional = parameter.getType() == Optional.class;
        List<Object> loc = embedded ? List.of("body", name) : List.of("body");
        return call -> {
            Object streamed = call.streamed;
            // Bound from the bytes already (only ever for the one whole body); a failed check is reported below.
            if (streamed != StreamBinder.NO && (check == null || StreamBinders.passes(check, streamed))) {
                return streamed;
            }
            tools.jackson.databind.JsonNode node = call.tree();
            if (embedded && node != null) {
                node = node.isObject() ? node.get(name) : null;
            }
            if (node == null && !optional) {
                throw invalid(new Issue("missing", loc, "Field required", null));
            }
            List<Issue> issues = new ArrayList<>(0);
            Object value = binder.bind(node, loc, issues);
            if (value == JsonBinder.INVALID) {
                throw new RequestValidationError(issues);
            }
            if (check != null) {
                Object checked = value instanceof Optional<?> present ? present.orElse(null) : value;
                Issue issue = checked == null ? null : check.check(checked, node, loc);
                if (issue != null) {
                    throw invalid(issue);
                }
            }
            return value;
        };
    }

    static Description.Parameter describe(
            String location, String name, Parameter parameter, boolean required, Object defaultValue) {
        List<Annotation> constraints = new ArrayList<>();
        for (Annotation annotation : parameter.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(Constraint.class) || annotation instanceof Format) {
                constraints.add(annotation);
            }
        }
        String javaName = parameter.isNamePresent() ? parameter.getName() : name;
        return new Description.Parameter(
                location,
                name,
                javaName,
                parameter.getParameterizedType(),
                required,
                defaultValue,
                List.copyOf(constraints),
                parameter.getAnnotatedType(),
                docs(parameter));
    }

    // What @Query and @Path say for the document only.
    private static Description.ParameterDocs docs(Parameter parameter) {
        if (parameter.getAnnotation(Query.class) instanceof Query query) {
            return Description.ParameterDocs.of(
                    query.title(), query.description(), query.deprecated(), query.includeInSchema());
        }
        if (parameter.getAnnotation(Path.class) instanceof Path path) {
            return Description.ParameterDocs.of(path.title(), path.description(), false, true);
        }
        if (parameter.getAnnotation(io.griddle.File.class) instanceof io.griddle.File file) {
            return Description.ParameterDocs.of("", file.description(), false, true);
        }
        if (parameter.getAnnotation(io.griddle.Form.class) instanceof io.griddle.Form form) {
            return Description.ParameterDocs.of("", form.description(), false, true);
        }
        if (parameter.getAnnotation(io.griddle.Body.class) instanceof io.griddle.Body body) {
            return Examples.withBody(
                    Description.ParameterDocs.NONE, body, where(parameter.getDeclaringExecutable(), parameter));
        }
        return Description.ParameterDocs.NONE;
    }

    static String where(Executable method, Parameter parameter) {
        String member = method instanceof Method named ? "." + named.getName() : ""; // a constructor: the class
        return method.getDeclaringClass().getSimpleName() + member + "(" + parameter.getName() + ")";
    }
}
