package io.griddle.examples.tutorial;

import io.griddle.http.Json;
import java.nio.charset.StandardCharsets;

/**
 * FastAPI's expected JSON, written as text in the tests and parsed into the plain maps, lists and numbers that
 * {@code TestResponse.json()} gives, so that documents compare whatever their key order.
 *
 * <pre>{@code
 * assertThat(client.get("/openapi.json").json()).isEqualTo(ExpectedJson.openapi(paths, ""));
 * }</pre>
 */
public final class ExpectedJson {

    /** The 422 response of every operation that reads the request, as FastAPI documents it. */
    public static final String VALIDATION_RESPONSE = """
            "422": {"description": "Validation Error",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/HTTPValidationError"}}}}""";

    private static final String VALIDATION_SCHEMAS = """
            "HTTPValidationError": {
              "title": "HTTPValidationError", "type": "object",
              "properties": {"detail": {"title": "Detail", "type": "array",
                                        "items": {"$ref": "#/components/schemas/ValidationError"}}}},
            "ValidationError": {
              "title": "ValidationError", "required": ["loc", "msg", "type"], "type": "object",
              "properties": {
                "loc": {"title": "Location", "type": "array",
                        "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]}},
                "msg": {"title": "Message", "type": "string"},
                "type": {"title": "Error Type", "type": "string"},
                "input": {"title": "Input"},
                "ctx": {"title": "Context", "type": "object"}}}""";

    private ExpectedJson() {}

    /** The JSON text as plain Java values. */
    public static Object parse(String json) {
        return Json.read(json.getBytes(StandardCharsets.UTF_8), Object.class);
    }

    /**
     * A whole OpenAPI document of a Griddle app with the default title, whose routes validate requests.
     *
     * @param paths        the members of {@code paths}
     * @param otherSchemas members of {@code components.schemas} besides the validation ones, each followed by a comma
     */
    public static Object openapi(String paths, String otherSchemas) {
        return parse("""
                {"openapi": "3.1.0", "info": {"title": "Griddle", "version": "0.1.0"},
                 "paths": {%s},
                 "components": {"schemas": {%s %s}}}""".formatted(paths, otherSchemas, VALIDATION_SCHEMAS));
    }
}
