package io.griddle.security;

import java.util.List;

/**
 * The OAuth2 scopes required by every dependant on the path to a provider, as FastAPI's {@code SecurityScopes}:
 * declare a parameter of this type (no annotation) in a provider's {@code provide} method or a handler, and it
 * receives the scopes of the {@link Security @Security} dependencies above it, the route's first, each once. Fixed
 * at startup for each place the provider is used; a handler's own is empty.
 *
 * <pre>{@code
 * public static final class CurrentUser {
 *     public User provide(SecurityScopes securityScopes, @Depends(OAuth2Scheme.class) String token) {
 *         Set<String> granted = scopesOf(token);
 *         for (String scope : securityScopes.scopes()) {
 *             if (!granted.contains(scope)) {
 *                 throw new HttpError(401, "Not enough permissions",
 *                         Headers.of("www-authenticate", securityScopes.bearerChallenge()));
 *             }
 *         }
 *         ...
 *     }
 * }
 * }</pre>
 *
 * @param scopes the required scopes, in order: those nearer the route first
 */
public record SecurityScopes(List<String> scopes) {

    /** No scopes required. */
    public static final SecurityScopes NONE = new SecurityScopes(List.of());

    /** @param scopes the required scopes, copied */
    public SecurityScopes {
        scopes = List.copyOf(scopes);
    }

    /** The scopes separated by spaces, as OAuth2 writes them ({@code "items me"}); empty without scopes. */
    public String scopeStr() {
        return String.join(" ", scopes);
    }

    /**
     * The {@code WWW-Authenticate} value of a 401 for these scopes (RFC 6750): {@code Bearer scope="items me"}, or
     * {@code Bearer} without scopes.
     */
    public String bearerChallenge() {
        return scopes.isEmpty() ? "Bearer" : "Bearer scope=\"" + scopeStr() + "\"";
    }
}
