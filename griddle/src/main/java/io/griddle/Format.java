package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OpenAPI {@code format} of a parameter's schema, for documentation only: {@code @Format("password")} makes
 * Swagger UI mask the field. It does not validate anything.
 *
 * <pre>{@code
 * @Post("/login") Token login(@Form String username, @Form @Format("password") String password) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Format {
    /** The format's name: {@code password}, {@code email}, ... */
    String value();
}
