package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Refuses, on a record read as a group of parameters or as a form, the values the record has no component for, as
 * Pydantic's {@code model_config = {"extra": "forbid"}}: each one is a 422 issue {@code extra_forbidden} at
 * {@code [location, name]} with the value sent as input. Without it, values the record does not name are ignored.
 *
 * <pre>{@code
 * @ForbidExtra
 * record FilterParams(@Default("100") @Positive @Max(100) int limit, @Default({}) List<String> tags) {}
 *
 * @Get("/items/") FilterParams read(@Query FilterParams filter) { return filter; } // ?tool=x answers 422
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ForbidExtra {}
