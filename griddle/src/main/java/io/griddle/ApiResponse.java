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
 * Only the document changes: what the route sends is up to the handler. An entry for the route's own success
 * status is merged into the success response: its description replaces "Successful Response", its media types and
 * example are added beside the return type's schema.
 *
 * <pre>{@code
 * @ApiResponse(status = 404, description = "Item not found", model = Message.class)
 * @Get("/items/{id}") Item item(@Path String id) { ... }
 *
 * @ApiResponse(status = 200, description = "The item, or its image", mediaTypes = "image/png",
 *              example = "{\"id\": \"bar\", \"value\": \"The bar tenders\"}")
 * @Get("/items/{id}") Object itemOrImage(@Path String id, @Query Optional<Boolean> img) { ... }
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

    /**
     * Further media types the response may have, documented without a schema, as FastAPI's
     * {@code content={"image/png": {}}}; on the success status they come before its JSON.
     */
    String[] mediaTypes() default {};

    /**
     * An example of the JSON body, as JSON text ({@code "{\"id\": \"bar\"}"}), documented as the
     * {@code application/json} content's {@code example}; empty for none. Read when the route is declared: text that
     * is not JSON fails there.
     */
    String example() default "";

    /** Several {@link ApiResponse}s on one element. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @interface List {
        ApiResponse[] value();
    }
}
