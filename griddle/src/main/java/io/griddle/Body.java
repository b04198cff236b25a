package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler parameter to the JSON request body, as FastAPI's {@code Body()} or a Pydantic model parameter.
 * A single body parameter is the whole body; with several, or with {@code embed = true}, each is the body's field of
 * the parameter's name. Records (nested too), lists, maps, enums and scalars bind; every problem is reported at once
 * with its place in the body ({@code ["body", "items", 0, "price"]}).
 *
 * <pre>{@code
 * record Item(String name, double price, Optional<String> description) {}
 * @Post("/items") Item create(@Body Item item) { ... }                        // {"name": .., "price": ..}
 * @Put("/items/{id}") Item update(@Path int id, @Body Item item, @Body User user) { ... } // {"item": .., "user": ..}
 * @Put("/items/{id}") Item change(@Path int id, @Body(examples = "{\"name\": \"Foo\", \"price\": 35.4}") Item item) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Body {
    /** The field name when embedded; empty means the Java parameter's name. */
    String value() default "";

    /** Expect {@code {"<name>": value}} even when this is the only body parameter. */
    boolean embed() default false;

    /**
     * Examples of this body value, each JSON text, documented beside its schema as the schema's {@code examples}, as
     * FastAPI's {@code Body(examples=[...])}. Read when the route is declared: text that is not JSON fails there.
     * Only documents; nothing checks them.
     */
    String[] examples() default {};

    /**
     * Named examples for the docs page, documented as the request body media type's {@code examples}, as FastAPI's
     * {@code Body(openapi_examples={...})}.
     */
    OpenApiExample[] openapiExamples() default {};
}
