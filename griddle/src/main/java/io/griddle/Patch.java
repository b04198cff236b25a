package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method the handler of {@code PATCH} requests to a path template ({@code /burgers/{id}}). A method that
 * returns a {@code CompletionStage} is async and runs on the event loop; any other is blocking and runs on the
 * blocking executor ({@link Blocking} and {@link NonBlocking} override that).
 *
 * <pre>{@code
 * @Patch("/burgers/{id}") Burger burger(@Path int id) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Patch {
    /** The path template. */
    String value();
}
