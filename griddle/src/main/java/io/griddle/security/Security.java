package io.griddle.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A dependency that also requires OAuth2 scopes, as FastAPI's {@code Security(dependency, scopes=[...])}: it injects
 * what the provider makes, exactly as {@link io.griddle.Depends} does, and adds {@link #scopes()} to the scopes the
 * path requires. The scopes accumulate down the dependency chain: a provider's {@link SecurityScopes} parameter
 * receives those of every dependant above it (the route's first, then each step's own), and the OAuth2 scheme at
 * the end of the chain documents them in the operation's {@code security} requirement, so that the docs' Authorize
 * dialog asks for them.
 *
 * <pre>{@code
 * public static final class CurrentUser {
 *     public User provide(SecurityScopes scopes, @Depends(OAuth2Scheme.class) String token) { ... }
 * }
 * @Get("/users/me/items/")
 * List<Item> items(@Security(value = CurrentUser.class, scopes = "items") User user) { ... }
 * }</pre>
 *
 * <p>A provider that takes {@code SecurityScopes}, is a security scheme, declares scopes or depends on one that
 * does runs once per request for each list of scopes it is reached with (as FastAPI keys its cache by them); any other provider
 * runs once per request, as with {@code @Depends}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Security {
    /** The provider class; the parameter's type when not given. */
    Class<?> value() default void.class;

    /** The OAuth2 scopes this dependency requires, added to those of the dependants above it. */
    String[] scopes() default {};

    /** As {@link io.griddle.Depends#useCache()}: {@code false} calls the provider again for this parameter. */
    boolean useCache() default true;
}
