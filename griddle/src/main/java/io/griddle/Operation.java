package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a route appears in the OpenAPI document, as the documentation arguments of FastAPI's path decorators
 * ({@code tags=}, {@code summary=}, {@code description=}, {@code deprecated=}, {@code response_description=},
 * {@code operation_id=}, {@code include_in_schema=}). On a controller class, {@code tags}, {@code deprecated} and
 * {@code includeInSchema} apply to all of its routes (a method's tags come after the class's); summary, description
 * and operationId belong to one method only.
 *
 * <pre>{@code
 * @Operation(tags = "items", summary = "Create an item", description = "Create an item with all the information",
 *            responseDescription = "The created item")
 * @Post("/items") Item create(@Body Item item) { ... }
 *
 * @Operation(includeInSchema = false)
 * @Get("/internal/health") Map<String, String> health() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Operation {
    /** Tags grouping the operation in the docs (after those of its routers and class). */
    String[] tags() default {};

    /** The summary; empty means the handler's name as words ("Read Items"). */
    String summary() default "";

    /** The description (Markdown); empty means none. */
    String description() default "";

    /** Marks the operation deprecated in the docs; it still serves. */
    boolean deprecated() default false;

    /** The success response's description. */
    String responseDescription() default "Successful Response";

    /** The operationId; empty means Griddle's {@code {name}{path}_{method}}. */
    String operationId() default "";

    /** {@code false} leaves the route out of the document; it still serves. */
    boolean includeInSchema() default true;
}
