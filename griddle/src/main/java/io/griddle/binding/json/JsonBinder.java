package io.griddle.binding.json;

import io.griddle.RequestValidationError.Issue;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Turns a JSON node into a value of one Java type, as Pydantic validates a field: problems are added to
 * {@code issues} (all of them, each with its location) and {@link #INVALID} is returned instead of a value.
 * Built once per type at startup by {@link JsonBinders}.
 */
@FunctionalInterface
public interface JsonBinder {

    /** Returned when the node did not bind; the reasons are in the issues. */
    Object INVALID = new Object() {
        @Override
        public String toString() {
            return "INVALID";
        }
    };

    /**
     * @param node   the JSON value; {@code null} when the field is absent
     * @param loc    where it is, e.g. {@code ["body", "items", 0]}
     * @param issues where problems go
     */
    Object bind(JsonNode node, List<Object> loc, List<Issue> issues);
}
