package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler parameter to a query parameter. The name is the Java parameter's (compile with
 * {@code -parameters}) unless given here. A value that does not convert to the parameter's type answers 422.
 * The other attributes only change the OpenAPI document, as FastAPI's {@code Query(title=..., description=...,
 * deprecated=..., include_in_schema=...)}.
 *
 * <pre>{@code
 * @Get("/items/") Map<String, Object> read(
 *         @Query(value = "item-query", title = "Query string", deprecated = true) @Size(min = 3) Optional<String> q)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Query {
    /** The query parameter's name; empty means the Java parameter's name. */
    String value() default "";

    /** The schema's title in the OpenAPI document; empty means the name in words ("Item-Query"). */
    String title() default "";

    /** A description for the OpenAPI document (on the parameter and its schema); empty for none. */
    String description() default "";

    /** Marks the parameter deprecated in the OpenAPI document; it is still read. */
    boolean deprecated() default false;

    /** {@code false} leaves the parameter out of the OpenAPI document; it is still read and validated. */
    boolean includeInSchema() default true;
}
