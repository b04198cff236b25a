package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One named example of a request body for the docs page, an OpenAPI Example Object, as an entry of FastAPI's
 * {@code Body(openapi_examples={...})}. Used inside {@link Body#openapiExamples()}; documented under the media
 * type's {@code examples} by its name, in the order written.
 *
 * <pre>{@code
 * @Put("/items/{item_id}") Map<String, Object> update(@Path int item_id, @Body(openapiExamples = {
 *         @OpenApiExample(name = "normal", summary = "A normal example", value = """
 *                 {"name": "Foo", "price": 35.4}"""),
 *         @OpenApiExample(name = "invalid", summary = "Rejected with an error", value = """
 *                 {"name": "Baz", "price": "thirty five point four"}""")}) Item item) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface OpenApiExample {
    /** The example's key in the media type's {@code examples}. */
    String name();

    /** A short summary; empty for none. */
    String summary() default "";

    /** A longer description (Markdown); empty for none. */
    String description() default "";

    /** The example's value, as JSON text; read when the route is declared, where text that is not JSON fails. */
    String value();
}
