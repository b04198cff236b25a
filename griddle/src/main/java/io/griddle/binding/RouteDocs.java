package io.griddle.binding;

import io.griddle.ApiResponse;
import io.griddle.Callbacks;
import io.griddle.OpenApiExtra;
import io.griddle.Operation;
import io.griddle.http.Json;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a route says about itself for the OpenAPI document only (serving ignores it): tags, summary, description,
 * deprecation, operationId, the success response's description, whether it is documented at all, and further
 * responses. Merged from the routers a controller was included through, the controller's class and the method.
 *
 * <pre>{@code
 * RouteDocs docs = route.description().docs();   // tags [items, custom], responses [404 Not found, 403 ...]
 * }</pre>
 *
 * @param tags                router, class and method tags, in that order, each once
 * @param summary             the summary, or {@code null} for the handler's name as words
 * @param description         the description, or {@code null}
 * @param deprecated          whether the operation is marked deprecated
 * @param operationId         the operationId, or {@code null} for the generated one
 * @param responseDescription the success response's description
 * @param includeInSchema     whether the route is in the document
 * @param responses           further responses, outer routers' first, later ones replacing a status in place
 * @param responseClass       the route's {@code @ResponseClass} renderer, or {@code null} for JSON
 * @param openapiExtra        JSON merged into the operation ({@code @OpenApiExtra}), empty for none
 * @param callbacks           the requests the operation makes back ({@code @Callbacks}), documented only
 */
public record RouteDocs(
        List<String> tags,
        String summary,
        String description,
        boolean deprecated,
        String operationId,
        String responseDescription,
        boolean includeInSchema,
        List<Extra> responses,
        io.griddle.responses.ResponseRenderer responseClass,
        Map<String, Object> openapiExtra,
        List<Description> callbacks) {

    /** A route with no documentation settings. */
    public static final RouteDocs DEFAULT = new RouteDocs(
            List.of(), null, null, false, null, "Successful Response", true, List.of(), null, Map.of(), List.of());

    /**
     * A further documented response.
     *
     * @param status      the status code
     * @param description its description, or {@code null} for the status's reason phrase
     * @param model       the body's type, or {@code null} for no content
     * @param mediaTypes  further media types, documented without a schema
     * @param example     an example of the JSON body (plain maps, lists and values), or {@code null}
     */
    public record Extra(int status, String description, Type model, List<String> mediaTypes, Object example) {

        /** A response with no further media types and no example. */
        public Extra(int status, String description, Type model) {
            this(status, description, model, List.of(), null);
        }
    }

    /**
     * What routers pass down to the routes they include: dependencies run first, tags, further responses,
     * deprecation, whether the routes are documented, and whether a JSON body needs a JSON content type
     * ({@code strictContentType}: {@code null} when this group does not say, so the outer one's holds; strict when
     * nobody says, as FastAPI's default).
     */
    public record Group(
            List<Class<?>> dependencies,
            List<String> tags,
            List<Extra> responses,
            boolean deprecated,
            boolean includeInSchema,
            Boolean strictContentType) {

        /** Nothing passed down. */
        public static final Group NONE = new Group(List.of(), List.of(), List.of(), false, true);

        /** A group that leaves the content-type check to the outer one. */
        public Group(
                List<Class<?>> dependencies,
                List<String> tags,
                List<Extra> responses,
                boolean deprecated,
                boolean includeInSchema) {
            this(dependencies, tags, responses, deprecated, includeInSchema, null);
        }

        /** This group with its own content-type check. */
        public Group strictContentType(boolean strict) {
            return new Group(dependencies, tags, responses, deprecated, includeInSchema, strict);
        }

        /**
         * Whether a body without a {@code content-type} stays unparsed (strict, the default) or is read as JSON
         * (lax); a body with a non-JSON content type is never read as JSON.
         */
        public boolean strictJson() {
            return !Boolean.FALSE.equals(strictContentType);
        }

        /**
         * This group inside an outer one: the outer's dependencies, tags and responses first; this group's
         * content-type check if it has one, else the outer's.
         */
        public Group within(Group outer) {
            List<Class<?>> deps = new ArrayList<>(outer.dependencies);
            deps.addAll(dependencies);
            List<String> allTags = new ArrayList<>(outer.tags);
            allTags.addAll(tags);
            return new Group(
                    List.copyOf(deps),
                    List.copyOf(allTags),
                    merge(outer.responses, responses),
                    outer.deprecated || deprecated,
                    outer.includeInSchema && includeInSchema,
                    strictContentType != null ? strictContentType : outer.strictContentType);
        }
    }

    /** The documentation of a handler method included with the group's settings. */
    static RouteDocs of(Method method, Group group) {
        Operation onClass = method.getDeclaringClass().getAnnotation(Operation.class);
        Operation onMethod = method.getAnnotation(Operation.class);
        if (onClass != null
                && (!onClass.summary().isEmpty()
                        || !onClass.description().isEmpty()
                        || !onClass.operationId().isEmpty())) {
            throw new IllegalArgumentException(method.getDeclaringClass().getName()
                    + ": @Operation on a class takes tags, deprecated and includeInSchema only");
        }
        Set<String> tags = new LinkedHashSet<>(group.tags());
        List<Extra> responses = group.responses();
        boolean deprecated = group.deprecated();
        boolean included = group.includeInSchema();
        if (onClass != null) {
            tags.addAll(List.of(onClass.tags()));
            deprecated |= onClass.deprecated();
            included &= onClass.includeInSchema();
        }
        responses = merge(responses, extras(method.getDeclaringClass().getAnnotationsByType(ApiResponse.class)));
        responses = merge(responses, extras(method.getAnnotationsByType(ApiResponse.class)));
        String summary = null;
        String description = null;
        String operationId = null;
        String responseDescription = DEFAULT.responseDescription();
        if (onMethod != null) {
            tags.addAll(List.of(onMethod.tags()));
            deprecated |= onMethod.deprecated();
            included &= onMethod.includeInSchema();
            summary = emptyToNull(onMethod.summary());
            description = emptyToNull(onMethod.description());
            operationId = emptyToNull(onMethod.operationId());
            responseDescription = onMethod.responseDescription();
        }
        return new RouteDocs(
                List.copyOf(tags),
                summary,
                description,
                deprecated,
                operationId,
                responseDescription,
                included,
                responses,
                ResponseClasses.of(method),
                openapiExtra(method),
                callbacks(method));
    }

    // @Callbacks' classes read as routes are, once, for the document only.
    private static List<Description> callbacks(Method method) {
        if (!(method.getAnnotation(Callbacks.class) instanceof Callbacks callbacks)) {
            return List.of();
        }
        List<Description> described = new ArrayList<>();
        for (Class<?> type : callbacks.value()) {
            Object instance;
            try {
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                instance = constructor.newInstance();
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException(
                        method + ": @Callbacks(" + type.getName() + ") needs a no-argument constructor", e);
            }
            for (Endpoints.Declared callback : Endpoints.scan(instance, new Providers(), Group.NONE)) {
                described.add(callback.description());
            }
        }
        return List.copyOf(described);
    }

    // @OpenApiExtra's JSON object, read once when the route is declared.
    @SuppressWarnings("unchecked")
    private static Map<String, Object> openapiExtra(Method method) {
        if (!(method.getAnnotation(OpenApiExtra.class) instanceof OpenApiExtra extra)) {
            return Map.of();
        }
        Object value;
        try {
            value = Json.read(extra.value().getBytes(StandardCharsets.UTF_8), Object.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(method + ": @OpenApiExtra is not JSON: " + extra.value(), e);
        }
        if (!(value instanceof Map<?, ?> object)) {
            throw new IllegalArgumentException(method + ": @OpenApiExtra is not a JSON object: " + extra.value());
        }
        return (Map<String, Object>) object;
    }

    /** The responses of the annotations, in order. */
    public static List<Extra> extras(ApiResponse[] annotations) {
        List<Extra> extras = new ArrayList<>(annotations.length);
        for (ApiResponse response : annotations) {
            extras.add(new Extra(
                    response.status(),
                    emptyToNull(response.description()),
                    response.model() == void.class ? null : response.model(),
                    List.of(response.mediaTypes()),
                    example(response)));
        }
        return List.copyOf(extras);
    }

    // The example's JSON text as plain values, read once when the route is declared.
    private static Object example(ApiResponse response) {
        if (response.example().isEmpty()) {
            return null;
        }
        try {
            return Json.read(response.example().getBytes(StandardCharsets.UTF_8), Object.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "@ApiResponse(status = " + response.status() + ") example is not JSON: " + response.example(), e);
        }
    }

    // As a Python dict update: a later entry for a status replaces the earlier one in its place.
    static List<Extra> merge(List<Extra> first, List<Extra> then) {
        if (then.isEmpty()) {
            return first;
        }
        Map<Integer, Extra> byStatus = new LinkedHashMap<>();
        for (Extra extra : first) {
            byStatus.put(extra.status(), extra);
        }
        for (Extra extra : then) {
            byStatus.put(extra.status(), extra);
        }
        return List.copyOf(byStatus.values());
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
