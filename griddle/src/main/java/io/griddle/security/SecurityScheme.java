package io.griddle.security;

import io.griddle.gateway.Headers;
import io.griddle.http.HttpError;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A security scheme: a provider (see {@link io.griddle.Depends}) that reads credentials from the request, and
 * documents itself in the OpenAPI document ({@code components.securitySchemes} and the {@code security} of every
 * operation that depends on it), as FastAPI's {@code fastapi.security} classes. Without credentials it answers
 * 401 {@code {"detail": "Not authenticated"}} with a {@code WWW-Authenticate} challenge, or, with
 * {@link #autoError(boolean) autoError(false)}, provides {@code null} (an {@code Optional} parameter then receives
 * {@code Optional.empty()}).
 *
 * <p>Use a scheme by subclassing it with a no-argument constructor (the usual way; the class is then the
 * dependency), or register a configured instance with {@code app.provide(...)} before including controllers:
 *
 * <pre>{@code
 * public static final class OAuth2Scheme extends OAuth2PasswordBearer {
 *     public OAuth2Scheme() { super("token"); }
 * }
 * @Get("/items/") Map<String, String> items(@Depends(OAuth2Scheme.class) String token) { ... }
 *
 * App.create().provide(HttpBasic.class, new HttpBasic().realm("shop")).include(new Shop());
 * }</pre>
 *
 * <p>Configure a scheme before the app serves its first request: its settings are read when the document is built.
 *
 * @param <S> the scheme's own type, so that configuring methods chain
 */
public abstract class SecurityScheme<S extends SecurityScheme<S>> {

    private final String type;
    private String schemeName;
    private String description;
    private boolean autoError = true;

    /**
     * @param type        the OpenAPI scheme type: {@code oauth2}, {@code http}, {@code apiKey}
     * @param defaultName the name in {@code components.securitySchemes} unless {@link #schemeName(String)} is set
     */
    protected SecurityScheme(String type, String defaultName) {
        this.type = Objects.requireNonNull(type, "type");
        this.schemeName = Objects.requireNonNull(defaultName, "defaultName");
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    /** The scheme's name in the OpenAPI document (FastAPI's {@code scheme_name}). */
    public final String schemeName() {
        return schemeName;
    }

    /** Names the scheme in the OpenAPI document; two schemes of one kind on one app need different names. */
    public final S schemeName(String name) {
        this.schemeName = Objects.requireNonNull(name, "name");
        return self();
    }

    /** The scheme's description in the OpenAPI document, or {@code null}. */
    public final String description() {
        return description;
    }

    /** Describes the scheme in the OpenAPI document (Markdown). */
    public final S description(String description) {
        this.description = description;
        return self();
    }

    /** Whether missing credentials answer 401 ({@code true}, the default) or provide {@code null}. */
    public final boolean autoError() {
        return autoError;
    }

    /** With {@code false}, missing credentials provide {@code null} instead of answering 401: optional security. */
    public final S autoError(boolean autoError) {
        this.autoError = autoError;
        return self();
    }

    /** The scheme as an OpenAPI Security Scheme Object, in FastAPI's key order. */
    public final Map<String, Object> openApi() {
        Map<String, Object> scheme = new LinkedHashMap<>();
        scheme.put("type", type);
        if (description != null) {
            scheme.put("description", description);
        }
        describe(scheme);
        return scheme;
    }

    /** Adds the scheme's own fields ({@code flows}, {@code scheme}, {@code in}...) to its OpenAPI object. */
    protected abstract void describe(Map<String, Object> scheme);

    /** The {@code WWW-Authenticate} challenge of a 401 ({@code Bearer}, {@code Basic}, ...). */
    protected abstract String challenge();

    /**
     * The error for missing or unreadable credentials: 401 "Not authenticated" with the {@link #challenge()}.
     * Override it to answer otherwise (403, as FastAPI before 0.122, say).
     */
    protected HttpError notAuthenticated() {
        return new HttpError(401, "Not authenticated", Headers.of("www-authenticate", challenge()));
    }

    /**
     * What a provider answers without credentials: throws {@link #notAuthenticated()}, or answers {@code null}
     * when {@code autoError} is off.
     */
    protected final <T> T missing() {
        if (autoError) {
            throw notAuthenticated();
        }
        return null;
    }
}
