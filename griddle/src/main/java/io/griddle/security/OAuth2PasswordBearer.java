package io.griddle.security;

import io.griddle.NonBlocking;
import io.griddle.http.Request;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * OAuth2's password flow with bearer tokens, as FastAPI's {@code OAuth2PasswordBearer}: provides the token of an
 * {@code Authorization: Bearer <token>} header, and tells the docs where clients get tokens ({@code tokenUrl},
 * relative to the page, as in FastAPI), so that Swagger UI shows an "Authorize" button with a login form.
 * Without a bearer token: 401 {@code {"detail": "Not authenticated"}} with {@code WWW-Authenticate: Bearer}.
 *
 * <pre>{@code
 * public static final class OAuth2Scheme extends OAuth2PasswordBearer {
 *     public OAuth2Scheme() { super("token"); }
 * }
 * @Get("/items/") Map<String, String> readItems(@Depends(OAuth2Scheme.class) String token) {
 *     return Map.of("token", token);
 * }
 * @Post("/token") Map<String, String> login(@Depends OAuth2PasswordRequestForm form) { ... }
 * }</pre>
 *
 * <p>OpenAPI: {@code {"type": "oauth2", "flows": {"password": {"scopes": {}, "tokenUrl": "token"}}}}, named
 * {@code OAuth2PasswordBearer}.
 */
public class OAuth2PasswordBearer extends SecurityScheme<OAuth2PasswordBearer> {

    private final String tokenUrl;
    private String refreshUrl;
    private Map<String, String> scopes = Map.of();

    /** @param tokenUrl where clients send the password form for a token ({@code "token"}) */
    public OAuth2PasswordBearer(String tokenUrl) {
        super("oauth2", "OAuth2PasswordBearer");
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
    }

    /** The scopes clients may ask for, each with a description, shown in the docs' login form. */
    public final OAuth2PasswordBearer scopes(Map<String, String> scopes) {
        this.scopes = new LinkedHashMap<>(scopes);
        return this;
    }

    /** Where clients refresh tokens, documented only. */
    public final OAuth2PasswordBearer refreshUrl(String refreshUrl) {
        this.refreshUrl = refreshUrl;
        return this;
    }

    /** The token of an {@code Authorization: Bearer <token>} header; without one, 401 (or {@code null}). */
    @NonBlocking
    public String provide(Request request) {
        AuthorizationHeader authorization = AuthorizationHeader.parse(request.header("authorization"));
        if (authorization.scheme().isEmpty() || !authorization.scheme().equalsIgnoreCase("bearer")) {
            return missing();
        }
        return authorization.param();
    }

    @Override
    protected void describe(Map<String, Object> scheme) {
        Map<String, Object> password = new LinkedHashMap<>();
        if (refreshUrl != null) {
            password.put("refreshUrl", refreshUrl);
        }
        password.put("scopes", scopes);
        password.put("tokenUrl", tokenUrl);
        scheme.put("flows", Map.of("password", password));
    }

    @Override
    protected String challenge() {
        return "Bearer";
    }
}
