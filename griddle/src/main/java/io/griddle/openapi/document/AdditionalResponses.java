package io.griddle.openapi.document;

import io.griddle.binding.RouteDocs;
import io.griddle.http.Status;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A documented further response ({@code @ApiResponse}, a router's {@code response(...)}), as FastAPI's
 * {@code responses=}: its description, its model's JSON schema, further media types without a schema and an
 * example. One for a status already documented (the route's success) is merged into it, as FastAPI's deep update:
 * the description is replaced when given, media types are added before the success's JSON, the example goes beside
 * its schema.
 *
 * <pre>{@code
 * responses.put("200", AdditionalResponses.merge(extra, responses.get("200"), schemas));
 * // {"description": "Return the JSON item or an image.",
 * //  "content": {"image/png": {}, "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}
 * }</pre>
 */
final class AdditionalResponses {

    private static final String JSON = "application/json";

    private AdditionalResponses() {}

    /** The response object for the extra, merged into the one already documented for its status (or {@code null}). */
    static Map<String, Object> merge(RouteDocs.Extra extra, Object documented, SchemaGenerator schemas) {
        Map<?, ?> existing = documented instanceof Map<?, ?> map ? map : null;
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("description", description(extra, existing));
        Map<String, Object> content = new LinkedHashMap<>();
        for (String mediaType : extra.mediaTypes()) {
            content.put(mediaType, new LinkedHashMap<>());
        }
        if (existing != null && existing.get("content") instanceof Map<?, ?> before) {
            before.forEach((mediaType, value) -> content.put((String) mediaType, copy(value)));
        }
        if (extra.model() != null) {
            mediaType(content).put("schema", schemas.outputSchema(extra.model()));
        }
        if (extra.example() != null) {
            mediaType(content).put("example", extra.example());
        }
        if (!content.isEmpty()) {
            response.put("content", content);
        }
        return response;
    }

    private static String description(RouteDocs.Extra extra, Map<?, ?> existing) {
        if (extra.description() != null) {
            return extra.description();
        }
        if (existing != null && existing.get("description") instanceof String before) {
            return before;
        }
        String reason = Status.reason(extra.status());
        return reason.isEmpty() ? "Additional Response" : reason;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mediaType(Map<String, Object> content) {
        return (Map<String, Object>) content.computeIfAbsent(JSON, key -> new LinkedHashMap<String, Object>());
    }

    // The success's media type objects are copied so that adding an example never edits a shared schema map.
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, inner) -> copy.put((String) key, inner));
            return copy;
        }
        return value;
    }
}
