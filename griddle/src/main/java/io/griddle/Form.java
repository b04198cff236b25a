package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a field of an {@code application/x-www-form-urlencoded} or {@code multipart/form-data} body,
 * as FastAPI's {@code Form()}. Scalars, {@code Optional<T>}, {@code List<T>} (a repeated field) and {@code @Default}
 * work as for query parameters; an empty field counts as absent, as in FastAPI. On a record, the record's components
 * are the form's fields (FastAPI's form models). Providers may take form fields too: the route then reads its body
 * as a form. A missing field answers 422 with {@code loc ["body", "<name>"]}.
 *
 * <pre>{@code
 * @Post("/login/") Map<String, String> login(@Form String username, @Form String password) { ... }
 *
 * record FormData(String username, String password) {}
 * @Post("/login/") FormData login(@Form FormData data) { return data; }
 * }</pre>
 *
 * <p>A route reads its body either as JSON ({@link Body}) or as a form ({@code @Form}, {@link File}), not both.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Form {
    /** The field's name; empty means the Java parameter's name. */
    String value() default "";

    /** The field's description in the OpenAPI document ({@code File(description=...)}); empty for none. */
    String description() default "";
}
