package io.griddle.security;

import io.griddle.NonBlocking;
import io.griddle.http.Request;

/**
 * An API key in a header, as FastAPI's {@code APIKeyHeader}: provides the key's text, or answers 401
 * {@code {"detail": "Not authenticated"}} with {@code WWW-Authenticate: APIKey} when it is missing or empty.
 *
 * <pre>{@code
 * public static final class ApiKey extends ApiKeyHeader {
 *     public ApiKey() { super("x-api-key"); }
 * }
 * @Get("/items/") Map<String, String> items(@Depends(ApiKey.class) String key) {
 *     if (!Secrets.compareDigest(key, expected)) throw new HttpError(403, "Invalid API key");
 *     ...
 * }
 * }</pre>
 *
 * <p>OpenAPI: {@code {"type": "apiKey", "in": "header", "name": "x-api-key"}}, named {@code APIKeyHeader}.
 */
public class ApiKeyHeader extends ApiKeyScheme<ApiKeyHeader> {

    /** @param name the header's name */
    public ApiKeyHeader(String name) {
        super("header", name, "APIKeyHeader");
    }

    /** The key; 401 (or {@code null}) when missing or empty. */
    @NonBlocking
    public String provide(Request request) {
        return check(request.header(name()));
    }
}
