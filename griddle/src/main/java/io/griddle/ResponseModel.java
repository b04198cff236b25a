package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The type a route's result is converted to and checked against before it is sent, with the filters of FastAPI's
 * {@code response_model=}, {@code response_model_exclude_unset=}, {@code response_model_include=},
 * {@code response_model_exclude=}, {@code response_model_exclude_defaults=} and {@code response_model_exclude_none=}.
 * The handler may return any value with the model's properties: another record (its extra fields, a password say,
 * are dropped), or a {@code Map} (its keys are the fields "set", for {@code excludeUnset}). A result that does not
 * fit the model is a server error (500), as FastAPI's {@code ResponseValidationError}. Without {@code value} the
 * model is the declared return type. A model must be data: a {@code Response} (or a type holding one) or an
 * interface is refused at startup; a handler that sometimes returns a {@code Response} declares {@code Object}
 * (FastAPI's {@code response_model=None}) or {@code Response}, without this annotation.
 *
 * <pre>{@code
 * @ResponseModel(value = Item.class, excludeUnset = true)
 * @Get("/items/{id}") Object item(@Path String id) { return ITEMS.get(id); }     // a Map with some of Item's fields
 *
 * @ResponseModel(value = Item.class, exclude = "tax")
 * @Get("/items/{id}/public") Object publicItem(@Path String id) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ResponseModel {
    /** The model; {@code void.class} means the method's declared return type. */
    Class<?> value() default void.class;

    /** Leave out the fields the result did not set (a map's missing keys; a record sets all of its fields). */
    boolean excludeUnset() default false;

    /** Leave out the fields equal to their default ({@code @Default}, or empty for {@code Optional}). */
    boolean excludeDefaults() default false;

    /** Leave out the fields whose value is {@code null} (an empty {@code Optional}). */
    boolean excludeNone() default false;

    /** Only these top-level fields; empty means all. */
    String[] include() default {};

    /** Leave out these top-level fields. */
    String[] exclude() default {};
}
