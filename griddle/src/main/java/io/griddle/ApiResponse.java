package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a further response a route may send, as an entry of FastAPI's {@code responses=}: a 404 the handler
 * raises, say. On a controller class it applies to every route; a method's entry for the same status replaces it.
 * Only the document changes: what the route sends is up to the handler.
 *
 * <pre>{@code
 * @ApiResponse(status = 404, description = "Item not found", model = Message.class)
 * @Get("/items/{id}") Item item(@Path String id) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(ApiResponse.List.class)
public @interface ApiResponse {
    /** The status code. */
    int status();

    /** The description; empty means the status's reason phrase ("Not Found"). */
    String description() default "";

    /** The JSON body's type, documented as its schema; {@code void.class} for none. */
    Class<?> model() default void.class;

    /** Several {@link ApiResponse}s on one element. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @interface List {
        ApiResponse[] value();
    }
}
