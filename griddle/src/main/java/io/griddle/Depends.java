package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects what a provider class makes, as FastAPI's {@code Depends()}. A provider is a class with one method named
 * {@code provide}, whose parameters bind like a handler's ({@code @Query}, {@code @Header}, {@code @Depends}, ...).
 * It runs once per request however many parameters ask for it (unless {@link #useCache()} is false); returning a
 * {@code CompletionStage} makes it async (on the loop), anything else runs on the blocking executor. An
 * {@code AutoCloseable} result is closed after the response is sent, as a {@code yield} dependency's exit code runs;
 * a {@link Yield} result also sees the request's errors.
 *
 * <p>A class without {@code provide} method is its own provider, as FastAPI's class dependencies: its constructor's
 * parameters bind (a record's canonical constructor, or the class's only one) and the value is the new instance.
 * Without a value, the parameter's type is the provider: {@code @Depends CommonQueryParams commons}.
 *
 * <pre>{@code
 * class DbSession { Session provide() { return pool.open(); } }       // Session implements AutoCloseable
 * @Get("/users/{id}") User user(@Path int id, @Depends(DbSession.class) Session db) { ... }
 *
 * record Paging(@Query @Default("0") int skip, @Query @Default("100") int limit) {}
 * @Get("/users") List<User> users(@Depends Paging paging) { ... }
 * @Post("/token") Token login(@Depends OAuth2PasswordRequestForm form) { ... }  // the type is the provider
 * }</pre>
 *
 * <p>A parameter declared {@code Optional<T>} receives {@code Optional.empty()} when the provider returns
 * {@code null} (a security scheme with {@code autoError(false)} and no credentials, say).
 *
 * <p>{@link io.griddle.security.Security @Security} is this annotation with OAuth2 scopes, FastAPI's
 * {@code Security(dependency, scopes=[...])}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Depends {
    /** The provider class; the parameter's type when not given. */
    Class<?> value() default void.class;

    /**
     * Whether the value made once for the request is reused (the default); {@code false} calls the provider again
     * for this parameter, as FastAPI's {@code use_cache=False}. The provider's own dependencies are still shared.
     */
    boolean useCache() default true;
}
