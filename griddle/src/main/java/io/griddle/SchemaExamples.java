package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Examples of a whole record, documented as its component schema's {@code examples}, as Pydantic's
 * {@code model_config = {"json_schema_extra": {"examples": [...]}}}. Each is JSON text, read when the document is
 * first built: text that is not JSON fails there, naming the record. Examples only document; nothing checks them
 * against the record.
 *
 * <pre>{@code
 * @SchemaExamples("""
 *         {"name": "Foo", "description": "A very nice Item", "price": 35.4, "tax": 3.2}""")
 * record Item(String name, Optional<String> description, double price, Optional<Double> tax) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SchemaExamples {
    /** The examples, each one JSON text. */
    String[] value();
}
