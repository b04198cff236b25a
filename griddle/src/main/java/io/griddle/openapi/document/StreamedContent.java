package io.griddle.openapi.document;

import io.griddle.Streamed;
import io.griddle.binding.responses.StreamedResults;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The success response's content for a route that streams items, as FastAPI documents it with OpenAPI 3.2's
 * {@code itemSchema}: JSON Lines give the item's schema; an event stream gives the event's fields, with the data's
 * JSON schema as {@code contentSchema} when the item type says it; raw chunks with a media type are a string, and
 * without one there is no content.
 */
final class StreamedContent {

    private StreamedContent() {}

    /** The {@code content} node, or {@code null} for none. */
    static Map<String, Object> of(StreamedResults.Streaming streaming, SchemaGenerator schemas) {
        String mediaType = streaming.mediaType();
        Type item = streaming.item();
        boolean described = item != Object.class && item != io.griddle.streaming.ServerSentEvent.class;
        if (mediaType.equals(Streamed.JSON_LINES)) {
            return node(mediaType, node("itemSchema", described ? schemas.outputSchema(item) : new LinkedHashMap<>()));
        }
        if (mediaType.equals(Streamed.EVENT_STREAM)) {
            Map<String, Object> properties = new LinkedHashMap<>();
            if (described) {
                Map<String, Object> data = node("type", "string");
                data.put("contentMediaType", "application/json");
                data.put("contentSchema", schemas.outputSchema(item));
                properties.put("data", data);
            } else {
                properties.put("data", node("type", "string"));
            }
            properties.put("event", node("type", "string"));
            properties.put("id", node("type", "string"));
            Map<String, Object> retry = node("type", "integer");
            retry.put("minimum", 0);
            properties.put("retry", retry);
            Map<String, Object> event = node("type", "object");
            event.put("properties", properties);
            if (described) {
                event.put("required", List.of("data"));
            }
            return node(mediaType, node("itemSchema", event));
        }
        if (mediaType.isEmpty()) {
            return null;
        }
        return node(mediaType, node("schema", node("type", "string")));
    }

    /** The type whose schema the document needs: the item's, when it has one. */
    static Type documented(StreamedResults.Streaming streaming) {
        return streaming.item();
    }

    private static Map<String, Object> node(String key, Object value) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put(key, value);
        return node;
    }
}
