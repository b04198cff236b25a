package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a record component in the OpenAPI document, as Pydantic's
 * {@code Field(title=..., description=..., examples=...)}: the property's schema gets this title (instead of the name
 * in words), description and examples. Validation comes from the
 * Jakarta constraints beside it, a default from {@link Default}.
 *
 * <pre>{@code
 * record Item(String name,
 *             @Field(title = "The description of the item") @Size(max = 300) Optional<String> description,
 *             @Field(description = "The price must be greater than zero", examples = "35.4") @Positive double price) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Field {
    /** The property's title; empty means the component's name in words ("Price"). */
    String title() default "";

    /** The property's description; empty for none. */
    String description() default "";

    /**
     * Examples of the property's value, documented as its schema's {@code examples}, as Pydantic's
     * {@code Field(examples=[...])}: plain text for string-like types (strings, enums, UUIDs, dates), JSON text for
     * anything else ({@code "35.4"}, {@code "[1, 2]"}), as {@link Default} reads its value. Only documents.
     */
    String[] examples() default {};
}
