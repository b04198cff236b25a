package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * JSON merged into the route's operation in the OpenAPI document, as FastAPI's {@code openapi_extra=}: extension
 * keys ({@code x-...}), or a {@code requestBody} for a body the handler reads itself. Objects merge key by key into
 * what Griddle generated; other values replace it. Read when the route is declared: text that is not a JSON object
 * fails there. Only the document changes.
 *
 * <pre>{@code
 * @OpenApiExtra("""
 *         {"x-aperture-labs-portal": "blue"}""")
 * @Get("/items/") Object readItems() { ... }
 *
 * @OpenApiExtra("""
 *         {"requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object"}}}}}""")
 * @Post("/items/") CompletionStage<Object> createItem(Request request) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OpenApiExtra {
    /** A JSON object. */
    String value();
}
