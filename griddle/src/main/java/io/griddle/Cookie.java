package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler parameter to a request cookie, as FastAPI's {@code Cookie()}. The name is the Java parameter's
 * unless given here; errors are located at {@code ["cookie", name]}.
 *
 * <pre>{@code
 * @Get("/items") Items items(@Cookie Optional<String> ads_id) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Cookie {
    /** The cookie's name; empty means the Java parameter's name. */
    String value() default "";
}
