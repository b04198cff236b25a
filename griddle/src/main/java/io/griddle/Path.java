package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler parameter to a path parameter. The name is the Java parameter's (compile with
 * {@code -parameters}) unless given here. A value that does not convert to the parameter's type answers 422.
 * The title and description only change the OpenAPI document, as FastAPI's {@code Path(title=...)}.
 *
 * <pre>{@code
 * @Get("/items/{item_id}") Item read(@Path(value = "item_id", title = "The ID of the item to get") @Min(1) int id)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Path {
    /** The path parameter's name; empty means the Java parameter's name. */
    String value() default "";

    /** The schema's title in the OpenAPI document; empty means the name in words ("Item Id"). */
    String title() default "";

    /** A description for the OpenAPI document (on the parameter and its schema); empty for none. */
    String description() default "";
}
