package io.griddle.openapi.document;

import static io.griddle.openapi.document.SchemaGenerator.object;

import io.griddle.binding.Description;
import io.griddle.binding.RouteDocs;
import io.griddle.http.Json;
import io.griddle.http.Response;
import io.griddle.openapi.OpenApiInfo;
import io.griddle.openapi.OperationRoute;
import io.griddle.openapi.Tag;
import io.griddle.security.SecurityScheme;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The OpenAPI 3.1.0 document of an application, built from the binding layer's {@link Description}s of its
 * annotated routes, as FastAPI's {@code get_openapi}: one operation per route with its operationId, summary,
 * parameters, request body (JSON, or a form's media type) and responses (the success status with the return type's
 * schema, and 422 with {@code HTTPValidationError} when the route reads anything from the request), and the
 * security schemes its providers include ({@code components.securitySchemes} and the operation's {@code security}).
 *
 * <pre>{@code
 * Map<String, Object> document = OpenApiDocument.build(new OpenApiInfo("Shop", "1.0.0", null), descriptions);
 * byte[] json = OpenApiDocument.json(document);
 * }</pre>
 */
public final class OpenApiDocument {

    private OpenApiDocument() {}

    /** The document as a tree of maps and lists, in FastAPI's key order. */
    public static Map<String, Object> build(OpenApiInfo info, List<Description> routes) {
        return build(info, routes, null);
    }

    /**
     * The document, with operationIds from the generator where a route sets none, as FastAPI's
     * {@code generate_unique_id_function}; {@code null} for Griddle's {@code {name}{path}_{method}}.
     */
    public static Map<String, Object> build(
            OpenApiInfo info, List<Description> routes, Function<OperationRoute, String> uniqueIds) {
        return build(info, routes, uniqueIds, List.of());
    }

    /**
     * The document with webhooks: requests the API sends, documented under {@code webhooks} by event name
     * ({@code App.webhooks}), as FastAPI's {@code app.webhooks}.
     */
    public static Map<String, Object> build(
            OpenApiInfo info,
            List<Description> routes,
            Function<OperationRoute, String> uniqueIds,
            List<Description> webhookRoutes) {
        return build(info, routes, uniqueIds, webhookRoutes, true);
    }

    /**
     * The document; with {@code separateSchemas} false every record has one schema, the input one
     * ({@code App.separateInputOutputSchemas(false)}).
     */
    public static Map<String, Object> build(
            OpenApiInfo info,
            List<Description> routes,
            Function<OperationRoute, String> uniqueIds,
            List<Description> webhookRoutes,
            boolean separateSchemas) {
        SchemaGenerator schemas = new SchemaGenerator();
        if (!separateSchemas) {
            schemas.together();
        }
        List<Description> all = new ArrayList<>(routes);
        all.addAll(webhookRoutes);
        separate(all, schemas);
        Map<String, Object> securitySchemes = new LinkedHashMap<>();
        Map<String, Object> paths = new LinkedHashMap<>();
        Map<String, Object> webhooks = new LinkedHashMap<>();
        boolean validation = operations(routes, paths, schemas, securitySchemes, uniqueIds);
        validation |= operations(webhookRoutes, webhooks, schemas, securitySchemes, uniqueIds);
        if (validation) {
            ValidationErrorSchemas.define(schemas);
        }
        Map<String, Object> infoNode = InfoObject.of(info);
        Map<String, Object> document = object("openapi", "3.1.0", "info", infoNode, "paths", paths);
        if (!webhooks.isEmpty()) {
            document.put("webhooks", webhooks);
        }
        Map<String, Object> components = new LinkedHashMap<>();
        if (!schemas.components().isEmpty()) {
            components.put("schemas", schemas.components());
        }
        if (!securitySchemes.isEmpty()) {
            components.put("securitySchemes", securitySchemes);
        }
        if (!components.isEmpty()) {
            document.put("components", components);
        }
        if (!info.tags().isEmpty()) {
            document.put("tags", info.tags().stream().map(OpenApiDocument::tag).toList());
        }
        return document;
    }

    // The documented routes' operations into items by path (or webhook name); whether any reads the request.
    private static boolean operations(
            List<Description> routes,
            Map<String, Object> items,
            SchemaGenerator schemas,
            Map<String, Object> securitySchemes,
            Function<OperationRoute, String> uniqueIds) {
        boolean validation = false;
        for (Description route : routes) {
            if (!route.docs().includeInSchema()) {
                continue;
            }
            String path = OperationIds.openApiPath(route.path());
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) items.computeIfAbsent(path, p -> new LinkedHashMap<>());
            item.put(route.method().toLowerCase(Locale.ROOT), operation(route, schemas, securitySchemes, uniqueIds));
            validation |= !route.parameters().isEmpty();
            validation |= route.docs().callbacks().stream()
                    .anyMatch(c -> !c.parameters().isEmpty());
        }
        return validation;
    }

    // Callbacks by name (the handler's), each a path item of its runtime expression, as FastAPI's.
    private static Map<String, Object> callbacks(
            List<Description> callbacks,
            SchemaGenerator schemas,
            Map<String, Object> securitySchemes,
            Function<OperationRoute, String> uniqueIds) {
        Map<String, Object> byName = new LinkedHashMap<>();
        for (Description callback : callbacks) {
            @SuppressWarnings("unchecked")
            Map<String, Object> named =
                    (Map<String, Object>) byName.computeIfAbsent(callback.handlerName(), n -> new LinkedHashMap<>());
            operations(List.of(callback), named, schemas, securitySchemes, uniqueIds);
        }
        return byName;
    }

    // What requests carry and what responses send, so that records seen both ways can get two schemas.
    private static void separate(List<Description> routes, SchemaGenerator schemas) {
        List<Type> inputs = new ArrayList<>();
        List<Type> outputs = new ArrayList<>();
        for (Description route : routes) {
            if (route.docs().includeInSchema()) {
                route.parameters().forEach(parameter -> inputs.add(parameter.type()));
                outputs.add(
                        route.streaming() != null
                                ? StreamedContent.documented(route.streaming())
                                : route.responseType());
                route.docs().responses().stream()
                        .filter(extra -> extra.model() != null)
                        .forEach(extra -> outputs.add(extra.model()));
            }
        }
        schemas.separate(inputs, outputs);
    }

    /** The document as compact JSON bytes. */
    public static byte[] json(Map<String, Object> document) {
        return Json.write(document);
    }

    private static Map<String, Object> tag(Tag tag) {
        Map<String, Object> node = object("name", tag.name());
        if (tag.description() != null) {
            node.put("description", tag.description());
        }
        if (tag.externalDocsUrl() != null) {
            Map<String, Object> docs = new LinkedHashMap<>();
            if (tag.externalDocsDescription() != null) {
                docs.put("description", tag.externalDocsDescription());
            }
            docs.put("url", tag.externalDocsUrl());
            node.put("externalDocs", docs);
        }
        return node;
    }

    // FastAPI's key order: tags, summary, description, operationId, deprecated, parameters, requestBody, responses.
    private static Map<String, Object> operation(
            Description route,
            SchemaGenerator schemas,
            Map<String, Object> securitySchemes,
            Function<OperationRoute, String> uniqueIds) {
        RouteDocs docs = route.docs();
        String operationId = OperationIds.uniqueId(route, uniqueIds);
        Map<String, Object> operation = new LinkedHashMap<>();
        if (!docs.tags().isEmpty()) {
            operation.put("tags", docs.tags());
        }
        operation.put("summary", docs.summary() != null ? docs.summary() : OperationIds.title(route.handlerName()));
        if (docs.description() != null) {
            operation.put("description", docs.description());
        }
        operation.put("operationId", operationId);
        if (docs.deprecated()) {
            operation.put("deprecated", true);
        }
        List<Object> security = security(route, securitySchemes);
        if (!security.isEmpty()) {
            operation.put("security", security);
        }
        List<Object> parameters = parameters(route, schemas);
        List<Description.Parameter> bodies = new ArrayList<>();
        for (Description.Parameter parameter : route.parameters()) {
            if (parameter.location().equals("body")) {
                bodies.add(parameter);
            }
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (!bodies.isEmpty()) {
            operation.put("requestBody", requestBody(route, bodies, operationId, schemas));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(String.valueOf(route.status()), success(route, operationId, schemas));
        for (RouteDocs.Extra extra : docs.responses()) {
            String status = String.valueOf(extra.status());
            responses.put(status, AdditionalResponses.merge(extra, responses.get(status), schemas));
        }
        if (!route.parameters().isEmpty()
                && !responses.containsKey("422")
                && !responses.containsKey("4XX")
                && !responses.containsKey("default")) {
            responses.put("422", ValidationErrorSchemas.response());
        }
        operation.put("responses", responses);
        if (!docs.callbacks().isEmpty()) {
            operation.put("callbacks", callbacks(docs.callbacks(), schemas, securitySchemes, uniqueIds));
        }
        DeepMerge.into(operation, docs.openapiExtra());
        return operation;
    }

    // Path, then query, header and cookie parameters, each once (a required declaration wins), as FastAPI lists them.
    private static List<Object> parameters(Description route, SchemaGenerator schemas) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        for (String location : Description.LOCATIONS) {
            if (location.equals("body")) {
                continue; // body values are the requestBody, not parameters
            }
            for (Description.Parameter parameter : route.parameters()) {
                if (!parameter.location().equals(location) || !parameter.docs().included()) {
                    continue;
                }
                String key = location + " " + parameter.name();
                Map<String, Object> node = parameter(parameter, schemas);
                Map<String, Object> before = byKey.get(key);
                if (before == null || (!(Boolean) before.get("required") && (Boolean) node.get("required"))) {
                    byKey.put(key, node);
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static Map<String, Object> parameter(Description.Parameter parameter, SchemaGenerator schemas) {
        Description.ParameterDocs docs = parameter.docs();
        Map<String, Object> schema = schemas.schema(parameter.type(), parameter.constraints(), parameter.annotated());
        if (!schema.containsKey("$ref")) {
            schema.put("title", docs.title() != null ? docs.title() : title(parameter));
        }
        if (docs.description() != null) {
            schema.put("description", docs.description());
        }
        if (parameter.defaultValue() != null) {
            schema.put("default", SchemaGenerator.jsonValue(parameter.defaultValue()));
        }
        Map<String, Object> described = object(
                "name",
                parameter.name(),
                "in",
                parameter.location(),
                "required",
                parameter.required() || parameter.location().equals("path"),
                "schema",
                schema);
        if (docs.description() != null) {
            described.put("description", docs.description());
        }
        if (docs.deprecated()) {
            described.put("deprecated", true);
        }
        return described;
    }

    // One body is the whole JSON body; embedded ones are the fields of a Body_{operationId} object, as FastAPI's.
    private static Map<String, Object> requestBody(
            Description route, List<Description.Parameter> bodies, String operationId, SchemaGenerator schemas) {
        Map<String, Object> schema;
        boolean required;
        if (route.embedBody()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            List<Object> names = new ArrayList<>();
            for (Description.Parameter body : bodies) {
                Map<String, Object> property = titled(bodySchema(route, body, schemas), body);
                if (body.defaultValue() != null) {
                    property.put("default", SchemaGenerator.jsonValue(body.defaultValue()));
                }
                if (!property.containsKey("$ref") && body.docs().description() != null) {
                    property.put("description", body.docs().description()); // @File/@Form(description = ...)
                }
                property = withExamples(property, body);
                properties.put(body.name(), property);
                if (body.required()) {
                    names.add(body.name());
                }
            }
            String name = "Body_" + operationId;
            Map<String, Object> object = object("properties", properties, "type", "object");
            if (!names.isEmpty()) {
                object.put("required", names);
            }
            object.put("title", name);
            schemas.define(name, object);
            schema = object("$ref", SchemaGenerator.REF + name);
            required = !names.isEmpty();
        } else {
            Description.Parameter body = bodies.get(0);
            schema = withExamples(titled(bodySchema(route, body, schemas), body), body);
            required = body.required();
        }
        Map<String, Object> requestBody = new LinkedHashMap<>();
        if (required) {
            requestBody.put("required", true);
        }
        String mediaType = route.bodyMediaType() == null ? "application/json" : route.bodyMediaType();
        Map<String, Object> media = object("schema", schema);
        Map<String, Object> named = new LinkedHashMap<>();
        bodies.forEach(body -> named.putAll(body.docs().openapiExamples()));
        if (!named.isEmpty()) {
            media.put("examples", named); // @Body(openapiExamples), as FastAPI's openapi_examples
        }
        requestBody.put("content", object(mediaType, media));
        return requestBody;
    }

    // A form's byte[] fields are files; a JSON body's are base64 text.
    private static Map<String, Object> bodySchema(
            Description route, Description.Parameter body, SchemaGenerator schemas) {
        String mediaType = route.bodyMediaType();
        return mediaType == null || mediaType.equals("application/json")
                ? schemas.schema(body.type(), body.constraints(), body.annotated())
                : schemas.formSchema(body.type(), body.constraints(), body.annotated());
    }

    // @Body(examples) in the value's schema, beside a $ref too (a copy: a $ref map may be shared).
    private static Map<String, Object> withExamples(Map<String, Object> schema, Description.Parameter body) {
        if (body.docs().examples().isEmpty()) {
            return schema;
        }
        Map<String, Object> copy = new LinkedHashMap<>(schema);
        copy.put("examples", body.docs().examples());
        return copy;
    }

    // A name given on the wire is titled as FastAPI titles an alias ("x-token" is "X-Token"); a Java name by its words.
    private static String title(Description.Parameter parameter) {
        return parameter.name().equals(parameter.javaName())
                ? OperationIds.title(parameter.javaName())
                : OperationIds.aliasTitle(parameter.name());
    }

    // The schema titled for the value, unless it is a bare $ref.
    private static Map<String, Object> titled(Map<String, Object> schema, Description.Parameter parameter) {
        if (!schema.containsKey("$ref")) {
            schema.put("title", title(parameter));
        }
        return schema;
    }

    // One requirement per security scheme the route depends on, with the OAuth2 scopes required where it is used;
    // the schemes go to the components.
    private static List<Object> security(Description route, Map<String, Object> securitySchemes) {
        List<Object> requirements = new ArrayList<>();
        for (Description.SecurityRequirement requirement : route.security()) {
            SecurityScheme<?> scheme = requirement.scheme();
            securitySchemes.put(scheme.schemeName(), scheme.openApi());
            requirements.add(object(scheme.schemeName(), requirement.scopes()));
        }
        return requirements;
    }

    private static Map<String, Object> success(Description route, String operationId, SchemaGenerator schemas) {
        Map<String, Object> response = object("description", route.docs().responseDescription());
        io.griddle.responses.ResponseRenderer custom = route.docs().responseClass();
        if (custom != null) {
            return ResponseClassDocs.success(response, custom, route, schemas);
        }
        if (route.streaming() != null && io.griddle.http.Status.allowsBody(route.status())) {
            Map<String, Object> content = StreamedContent.of(route.streaming(), schemas);
            if (content != null) {
                response.put("content", content);
            }
            return response;
        }
        if (io.griddle.http.Status.allowsBody(route.status())) {
            Type type = route.responseType();
            Map<String, Object> schema =
                    type == Response.class || type == void.class || type == Void.class || type == Object.class
                            ? new LinkedHashMap<>()
                            : schemas.outputSchema(type);
            if (!schema.isEmpty() && !schema.containsKey("$ref")) {
                schema.put(
                        "title",
                        OperationIds.responseTitle(
                                route.handlerName(),
                                operationId,
                                route.path(),
                                route.method(),
                                !operationId.equals(
                                        OperationIds.operationId(route.handlerName(), route.path(), route.method()))));
            }
            response.put("content", object("application/json", object("schema", schema)));
        }
        return response;
    }
}
