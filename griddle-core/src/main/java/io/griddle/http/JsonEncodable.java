package io.griddle.http;

import tools.jackson.databind.JsonNode;

/** {@link Json#encodable}: the value through Jackson's tree, so that it is what the same value written would be. */
final class JsonEncodable {

    private JsonEncodable() {}

    static Object of(Object value) {
        if (value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Double) {
            return value; // already a JSON value: nothing to convert
        }
        JsonNode tree = Json.mapper().valueToTree(value);
        return Json.mapper().treeToValue(tree, Object.class);
    }
}
