package io.griddle.openapi.document;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merges JSON into a generated part of the document as FastAPI's {@code deep_dict_update} does with
 * {@code openapi_extra}: an object merges key by key into an object, anything else replaces the value. Merged
 * objects are copies, so the source (kept for every request) is never changed.
 *
 * <pre>{@code
 * DeepMerge.into(operation, Map.of("x-aperture-labs-portal", "blue"));
 * }</pre>
 */
final class DeepMerge {

    private DeepMerge() {}

    /** Merges {@code extra} into {@code target}, in place. */
    static void into(Map<String, Object> target, Map<?, ?> extra) {
        for (Map.Entry<?, ?> entry : extra.entrySet()) {
            String key = (String) entry.getKey();
            Object value = entry.getValue();
            if (value instanceof Map<?, ?> object && target.get(key) instanceof Map<?, ?> existing) {
                Map<String, Object> merged = copy(existing);
                into(merged, object);
                target.put(key, merged);
            } else {
                target.put(key, value instanceof Map<?, ?> object ? copy(object) : value);
            }
        }
    }

    private static Map<String, Object> copy(Map<?, ?> object) {
        Map<String, Object> copy = new LinkedHashMap<>();
        into(copy, object);
        return copy;
    }
}
