package io.griddle.openapi.document;

import static io.griddle.openapi.document.SchemaGenerator.REF;
import static io.griddle.openapi.document.SchemaGenerator.object;

import java.util.List;
import java.util.Map;

/**
 * FastAPI's {@code HTTPValidationError} and {@code ValidationError} schemas, and the 422 response that refers to
 * them: the shape of every 422 body Griddle sends ({@code {"detail": [{"type", "loc", "msg", "input", "ctx"}]}}).
 *
 * <pre>{@code
 * ValidationErrorSchemas.define(schemas);
 * responses.put("422", ValidationErrorSchemas.response());
 * }</pre>
 */
public final class ValidationErrorSchemas {

    private ValidationErrorSchemas() {}

    /** Adds both schemas to the components. */
    public static void define(SchemaGenerator schemas) {
        schemas.define(
                "ValidationError",
                object(
                        "properties",
                        object(
                                "loc",
                                        object(
                                                "items",
                                                object(
                                                        "anyOf",
                                                        List.of(object("type", "string"), object("type", "integer"))),
                                                "type",
                                                "array",
                                                "title",
                                                "Location"),
                                "msg", object("type", "string", "title", "Message"),
                                "type", object("type", "string", "title", "Error Type"),
                                "input", object("title", "Input"),
                                "ctx", object("type", "object", "title", "Context")),
                        "type",
                        "object",
                        "required",
                        List.of("loc", "msg", "type"),
                        "title",
                        "ValidationError"));
        schemas.define(
                "HTTPValidationError",
                object(
                        "properties",
                                object(
                                        "detail",
                                        object(
                                                "items",
                                                object("$ref", REF + "ValidationError"),
                                                "type",
                                                "array",
                                                "title",
                                                "Detail")),
                        "type", "object",
                        "title", "HTTPValidationError"));
    }

    /** {@code {"description": "Validation Error", "content": {"application/json": {"schema": {"$ref": ...}}}}}. */
    public static Map<String, Object> response() {
        return object(
                "description",
                "Validation Error",
                "content",
                object("application/json", object("schema", object("$ref", REF + "HTTPValidationError"))));
    }
}
