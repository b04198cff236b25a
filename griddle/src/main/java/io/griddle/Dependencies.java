package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Providers that run before a handler for their effect (checking a token, say), not for a value: FastAPI's
 * {@code dependencies=[Depends(verify_token)]}. On a method it applies to that route, on a controller class to all of
 * its routes; {@link App#dependencies(Class[])} applies app-wide.
 *
 * <pre>{@code
 * @Dependencies(VerifyToken.class)
 * class Items { @Get("/items") List<Item> items() { ... } }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Dependencies {
    /** The provider classes, run in this order. */
    Class<?>[] value();
}
