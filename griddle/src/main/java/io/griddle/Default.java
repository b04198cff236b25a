package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value a parameter, or a record component bound from a JSON body, takes when the request does not carry it.
 * On a parameter it is text converted as a value in the query would be, one text per element for a list or set
 * ({@code {}} for an empty one). On a record component it is the field's default, as a Pydantic field's: JSON
 * text ({@code "10.5"}, {@code "true"}), or the plain text for string-like types (strings, enums, UUIDs, dates);
 * a list or set takes one such text per element ({@code {}} for an empty one) or the whole list as one JSON array
 * ({@code "[]"}). A value that does not convert fails at startup. The OpenAPI document shows it as the default,
 * and a defaulted record component is not required.
 *
 * <pre>{@code
 * @Get("/task") CompletionStage<Status> task(@Query @Default("20") double seconds) { ... }
 * @Get("/items/") Map<String, Object> read(@Query @Default({"foo", "bar"}) List<String> q) { ... }
 * record Item(String name, @Default("10.5") double tax, @Default({}) Set<String> tags, @Default("[]") List<Part> parts) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Default {
    /** The value as text; several for a list or set. */
    String[] value();
}
