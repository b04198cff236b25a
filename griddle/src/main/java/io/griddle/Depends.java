package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects what a provider class makes, as FastAPI's {@code Depends()}. A provider is a class with one method named
 * {@code provide}, whose parameters bind like a handler's ({@code @Query}, {@code @Header}, {@code @Depends}, ...).
 * It runs once per request however many parameters ask for it; returning a {@code CompletionStage} makes it async
 * (on the loop), anything else runs on the blocking executor. An {@code AutoCloseable} result is closed after the
 * response is sent, as a {@code yield} dependency's exit code runs.
 *
 * <pre>{@code
 * class DbSession { Session provide() { return pool.open(); } }       // Session implements AutoCloseable
 * @Get("/users/{id}") User user(@Path int id, @Depends(DbSession.class) Session db) { ... }
 * @Post("/token") Token login(@Depends OAuth2PasswordRequestForm form) { ... }  // the type is the provider
 * }</pre>
 *
 * <p>A parameter declared {@code Optional<T>} receives {@code Optional.empty()} when the provider returns
 * {@code null} (a security scheme with {@code autoError(false)} and no credentials, say).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Depends {
    /** The provider class; left out, the parameter's own type is the provider, as FastAPI's {@code Depends()}. */
    Class<?> value() default void.class;
}
