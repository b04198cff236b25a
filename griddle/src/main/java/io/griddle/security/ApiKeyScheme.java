package io.griddle.security;

import java.util.Map;
import java.util.Objects;

/**
 * An API key sent in a header, a query parameter or a cookie, as FastAPI's {@code APIKeyHeader},
 * {@code APIKeyQuery} and {@code APIKeyCookie}. A missing or empty key answers 401
 * {@code {"detail": "Not authenticated"}} with the challenge {@code WWW-Authenticate: APIKey} (HTTP requires a
 * challenge with a 401 and none is standard for API keys; FastAPI sends the same).
 *
 * @param <S> the scheme's own type
 */
public abstract class ApiKeyScheme<S extends ApiKeyScheme<S>> extends SecurityScheme<S> {

    private final String in;
    private final String name;

    /**
     * @param in          {@code header}, {@code query} or {@code cookie}
     * @param name        the header, parameter or cookie name
     * @param defaultName the scheme's name in the OpenAPI document
     */
    ApiKeyScheme(String in, String name, String defaultName) {
        super("apiKey", defaultName);
        this.in = in;
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The header, query parameter or cookie name. */
    public final String name() {
        return name;
    }

    /** The key, or what {@link #missing()} answers when it is absent or empty. */
    final String check(String key) {
        return key == null || key.isEmpty() ? missing() : key;
    }

    @Override
    protected void describe(Map<String, Object> scheme) {
        scheme.put("in", in);
        scheme.put("name", name);
    }

    @Override
    protected String challenge() {
        return "APIKey";
    }
}
