package io.griddle.examples.tutorial.query_param_models;

/** The two orders of {@code order_by}, as Python's {@code Literal["created_at", "updated_at"]}. */
public enum OrderBy {
    created_at,
    updated_at
}
