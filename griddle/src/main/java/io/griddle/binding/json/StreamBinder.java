package io.griddle.binding.json;

import tools.jackson.core.JsonParser;

/**
 * Binds one Java value straight from JSON tokens, without building a tree: the fast path for a valid body.
 * It takes only input that is plainly right (a JSON string for a {@code String}, an integer for an {@code int},
 * every required field present, every constraint met) and answers {@link #NO} on anything else, after which the
 * body is bound again through the tree-based {@link JsonBinder}, which reports each problem as Pydantic does.
 * So a valid body costs one pass over its bytes, and an invalid or unusual one (lax conversions such as
 * {@code "3"} for an int) gets the exact same answer as before, at the price of a second parse.
 * Built once per type at startup by {@link StreamBinders}.
 */
@FunctionalInterface
public interface StreamBinder {

    /** Returned when the value is not bound here; the tree path decides. */
    Object NO = new Object() {
        @Override
        public String toString() {
            return "NO";
        }
    };

    /**
     * @param parser positioned on the value's first token; left on its last one (the closing bracket of an
     *               object or array)
     * @return the value, or {@link #NO}
     */
    Object read(JsonParser parser);
}
