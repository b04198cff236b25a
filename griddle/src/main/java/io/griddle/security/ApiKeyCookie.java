package io.griddle.security;

import io.griddle.NonBlocking;
import io.griddle.http.Request;

/**
 * An API key in a cookie, as FastAPI's {@code APIKeyCookie}: provides the key's text, or answers 401
 * {@code {"detail": "Not authenticated"}} with {@code WWW-Authenticate: APIKey} when it is missing or empty.
 *
 * <pre>{@code
 * public static final class ApiKey extends ApiKeyCookie {
 *     public ApiKey() { super("session"); }
 * }
 * @Get("/items/") Map<String, String> items(@Depends(ApiKey.class) String key) {
 *     if (!Secrets.compareDigest(key, expected)) throw new HttpError(403, "Invalid API key");
 *     ...
 * }
 * }</pre>
 *
 * <p>OpenAPI: {@code {"type": "apiKey", "in": "cookie", "name": "session"}}, named {@code APIKeyCookie}.
 */
public class ApiKeyCookie extends ApiKeyScheme<ApiKeyCookie> {

    /** @param name the cookie's name */
    public ApiKeyCookie(String name) {
        super("cookie", name, "APIKeyCookie");
    }

    /** The key; 401 (or {@code null}) when missing or empty. */
    @NonBlocking
    public String provide(Request request) {
        return check(request.cookie(name()));
    }
}
