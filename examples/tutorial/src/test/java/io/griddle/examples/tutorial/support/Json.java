package io.griddle.examples.tutorial.support;

import io.griddle.test.TestResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading JSON in tutorial tests: expected documents written as JSON text, and paths into the OpenAPI document. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    /** JSON text as a tree, to compare with {@link #of(TestResponse)}. */
    public static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }

    /** A response's body as a tree. */
    public static JsonNode of(TestResponse response) {
        return MAPPER.readTree(response.bytes());
    }

    /** The node at a path of object keys ({@code "paths", "/items/", "get"}); missing if there is none. */
    public static JsonNode at(JsonNode root, String... keys) {
        JsonNode node = root;
        for (String key : keys) {
            node = node.path(key);
        }
        return node;
    }

    /** Plain Java values (maps, lists) of a tree. */
    public static Object plain(JsonNode node) {
        return MAPPER.treeToValue(node, Object.class);
    }
}
