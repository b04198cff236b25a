package io.griddle.security;

import io.griddle.NonBlocking;
import io.griddle.http.Request;

/**
 * An API key in a query parameter, as FastAPI's {@code APIKeyQuery}: provides the key's text, or answers 401
 * {@code {"detail": "Not authenticated"}} with {@code WWW-Authenticate: APIKey} when it is missing or empty.
 *
 * <pre>{@code
 * public static final class ApiKey extends ApiKeyQuery {
 *     public ApiKey() { super("api_key"); }
 * }
 * @Get("/items/") Map<String, String> items(@Depends(ApiKey.class) String key) {
 *     if (!Secrets.compareDigest(key, expected)) throw new HttpError(403, "Invalid API key");
 *     ...
 * }
 * }</pre>
 *
 * <p>OpenAPI: {@code {"type": "apiKey", "in": "query", "name": "api_key"}}, named {@code APIKeyQuery}.
 */
public class ApiKeyQuery extends ApiKeyScheme<ApiKeyQuery> {

    /** @param name the query's name */
    public ApiKeyQuery(String name) {
        super("query", name, "APIKeyQuery");
    }

    /** The key; 401 (or {@code null}) when missing or empty. */
    @NonBlocking
    public String provide(Request request) {
        return check(request.queryParam(name()));
    }
}
