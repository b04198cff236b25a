package io.griddle.openapi.document;

import io.griddle.binding.Description;
import io.griddle.http.Response;
import io.griddle.http.Status;
import io.griddle.responses.ResponseRenderer;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The success response of a route with a {@code @ResponseClass}, as FastAPI documents a {@code response_class}: its
 * media type with its schema ({@code text/html} with {@code {"type": "string"}}), the response model's schema when
 * the class gives none, and no content for a class without a media type (a redirect).
 */
final class ResponseClassDocs {

    private ResponseClassDocs() {}

    static Map<String, Object> success(
            Map<String, Object> response, ResponseRenderer renderer, Description route, SchemaGenerator schemas) {
        if (renderer.mediaType() == null || !Status.allowsBody(route.status())) {
            return response;
        }
        Map<String, Object> schema;
        if (renderer.schema() != null) {
            schema = new LinkedHashMap<>(renderer.schema());
        } else {
            Type type = route.responseType();
            schema = type == Response.class || type == void.class || type == Void.class || type == Object.class
                    ? new LinkedHashMap<>()
                    : schemas.outputSchema(type);
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put(renderer.mediaType(), Map.of("schema", schema));
        response.put("content", content);
        return response;
    }
}
