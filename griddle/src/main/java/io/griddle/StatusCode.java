package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The status of a successful response, as FastAPI's {@code status_code=}. A returned {@code Response} keeps its own.
 * For 204 and 304 no body is sent.
 *
 * <pre>{@code
 * @StatusCode(201) @Post("/items") Item create(@Body Item item) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StatusCode {
    int value();
}
