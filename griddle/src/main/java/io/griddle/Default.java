package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value a parameter takes when the request does not carry it, as text converted like a request value would be.
 * On a record component it is the field's default when a JSON body leaves the field out, as a Pydantic field's
 * default: JSON text ({@code "10.5"}, {@code "[]"}, {@code "true"}), or the plain text for string-like types
 * (strings, enums, UUIDs, dates).
 *
 * <pre>{@code
 * @Get("/task") CompletionStage<Status> task(@Query @Default("20") double seconds) { ... }
 * record Item(String name, double price, @Default("10.5") double tax, @Default("[]") List<String> tags) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Default {
    String value();
}
