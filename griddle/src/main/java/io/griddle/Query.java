package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler parameter to a query parameter. The name is the Java parameter's (compile with
 * {@code -parameters}) unless given here. A value that does not convert to the parameter's type answers 422.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Query {
    /** The query parameter's name; empty means the Java parameter's name. */
    String value() default "";
}
