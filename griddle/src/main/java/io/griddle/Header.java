package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler parameter to a request header. The name is the Java parameter's with underscores as hyphens (compile with
 * {@code -parameters}) unless given here. A value that does not convert to the parameter's type answers 422.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Header {
    /** The header parameter's name; empty means the Java parameter's name. */
    String value() default "";

    /**
     * {@code false} keeps underscores in the name as they are ({@code save_data}), as FastAPI's
     * {@code Header(convert_underscores=False)}; on a record of headers it applies to every component.
     */
    boolean convertUnderscores() default true;
}
