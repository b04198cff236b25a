package io.griddle.openapi;

import static io.griddle.openapi.SchemaGenerator.object;

import io.griddle.binding.Description;
import io.griddle.http.Json;
import io.griddle.http.Response;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenAPI 3.1.0 document of an application, built from the binding layer's {@link Description}s of its
 * annotated routes, as FastAPI's {@code get_openapi}: one operation per route with its operationId, summary,
 * parameters, request body and responses (the success status with the return type's schema, and 422 with
 * {@code HTTPValidationError} when the route reads anything from the request).
 *
 * <pre>{@code
 * Map<String, Object> document = OpenApiDocument.build(new OpenApiInfo("Shop", "1.0.0", null), descriptions);
 * byte[] json = OpenApiDocument.json(document);
 * }</pre>
 */
public final class OpenApiDocument {

    private OpenApiDocument() {
    }

    /** The document as a tree of maps and lists, in FastAPI's key order. */
    public static Map<String, Object> build(OpenApiInfo info, List<Description> routes) {
        SchemaGenerator schemas = new SchemaGenerator();
        Map<String, Object> paths = new LinkedHashMap<>();
        boolean validation = false;
        for (Description route : routes) {
            String path = OperationIds.openApiPath(route.path());
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(path, p -> new LinkedHashMap<>());
            item.put(route.method().toLowerCase(Locale.ROOT), operation(route, schemas));
            validation |= !route.parameters().isEmpty();
        }
        if (validation) {
            ValidationErrorSchemas.define(schemas);
        }
        Map<String, Object> infoNode = object("title", info.title());
        if (info.description() != null) {
            infoNode.put("description", info.description());
        }
        infoNode.put("version", info.version());
        Map<String, Object> document = object("openapi", "3.1.0", "info", infoNode, "paths", paths);
        if (!schemas.components().isEmpty()) {
            document.put("components", object("schemas", schemas.components()));
        }
        return document;
    }

    /** The document as compact JSON bytes. */
    public static byte[] json(Map<String, Object> document) {
        return Json.write(document);
    }

    private static Map<String, Object> operation(Description route, SchemaGenerator schemas) {
        String operationId = OperationIds.operationId(route.handlerName(), route.path(), route.method());
        Map<String, Object> operation = object("summary", OperationIds.title(route.handlerName()),
                "operationId", operationId);
        List<Object> parameters = new ArrayList<>();
        List<Description.Parameter> bodies = new ArrayList<>();
        for (Description.Parameter parameter : route.parameters()) {
            if (parameter.location().equals("body")) {
                bodies.add(parameter);
            } else if (parameter.docs().included()) {
                parameters.add(parameter(parameter, schemas));
            }
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (!bodies.isEmpty()) {
            operation.put("requestBody", requestBody(route, bodies, operationId, schemas));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(String.valueOf(route.status()), success(route, schemas));
        if (!route.parameters().isEmpty()) {
            responses.put("422", ValidationErrorSchemas.response());
        }
        operation.put("responses", responses);
        return operation;
    }

    private static Map<String, Object> parameter(Description.Parameter parameter, SchemaGenerator schemas) {
        Description.Docs docs = parameter.docs();
        Map<String, Object> schema = schemas.schema(parameter.type(), parameter.constraints());
        if (docs.title() != null && !schema.containsKey("$ref")) {
            schema.put("title", docs.title());
        } else {
            // The title follows the name on the wire, as FastAPI's follows the alias: "item-query" is "Item-Query".
            SchemaGenerator.titled(schema, parameter.name());
        }
        if (docs.description() != null) {
            schema.put("description", docs.description());
        }
        if (parameter.defaultValue() != null) {
            schema.put("default", SchemaGenerator.jsonValue(parameter.defaultValue()));
        }
        Map<String, Object> described = object("name", parameter.name(), "in", parameter.location(),
                "required", parameter.required() || parameter.location().equals("path"), "schema", schema);
        if (docs.description() != null) {
            described.put("description", docs.description());
        }
        if (docs.deprecated()) {
            described.put("deprecated", true);
        }
        return described;
    }

    // One body is the whole JSON body; embedded ones are the fields of a Body_{operationId} object, as FastAPI's.
    private static Map<String, Object> requestBody(Description route, List<Description.Parameter> bodies,
                                                   String operationId, SchemaGenerator schemas) {
        Map<String, Object> schema;
        boolean required;
        if (route.embedBody()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            List<Object> names = new ArrayList<>();
            for (Description.Parameter body : bodies) {
                properties.put(body.name(),
                        SchemaGenerator.titled(schemas.schema(body.type(), body.constraints()), body.name()));
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
            schema = SchemaGenerator.titled(schemas.schema(body.type(), body.constraints()), body.name());
            required = body.required();
        }
        Map<String, Object> requestBody = new LinkedHashMap<>();
        if (required) {
            requestBody.put("required", true);
        }
        requestBody.put("content", object("application/json", object("schema", schema)));
        return requestBody;
    }

    private static Map<String, Object> success(Description route, SchemaGenerator schemas) {
        Map<String, Object> response = object("description", "Successful Response");
        if (io.griddle.http.Status.allowsBody(route.status())) {
            Type type = route.responseType();
            Map<String, Object> schema = type == Response.class || type == void.class || type == Void.class
                    ? new LinkedHashMap<>() : schemas.schema(type, List.of());
            response.put("content", object("application/json", object("schema", schema)));
        }
        return response;
    }
}
