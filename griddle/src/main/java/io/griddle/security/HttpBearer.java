package io.griddle.security;

import io.griddle.NonBlocking;
import io.griddle.http.Request;
import java.util.Map;

/**
 * HTTP Bearer authentication, as FastAPI's {@code HTTPBearer}: provides the {@link HttpAuthorizationCredentials}
 * of an {@code Authorization: Bearer <token>} header. A missing or empty header, or another scheme, answers 401
 * {@code {"detail": "Not authenticated"}} with {@code WWW-Authenticate: Bearer}.
 *
 * <pre>{@code
 * public static final class Bearer extends HttpBearer {
 * }
 * @Get("/me") Map<String, String> me(@Depends(Bearer.class) HttpAuthorizationCredentials credentials) {
 *     return Map.of("token", credentials.credentials());
 * }
 * }</pre>
 *
 * <p>OpenAPI: {@code {"type": "http", "scheme": "bearer"}} (with {@code bearerFormat} when set), named
 * {@code HTTPBearer}.
 */
public class HttpBearer extends SecurityScheme<HttpBearer> {

    private String bearerFormat;

    public HttpBearer() {
        super("http", "HTTPBearer");
    }

    /** A hint of the token's format ({@code JWT}), documented only. */
    public final HttpBearer bearerFormat(String bearerFormat) {
        this.bearerFormat = bearerFormat;
        return this;
    }

    /** The credentials of a Bearer header; 401 (or {@code null}) otherwise. */
    @NonBlocking
    public HttpAuthorizationCredentials provide(Request request) {
        HttpAuthorizationCredentials credentials =
                AuthorizationHeader.credentials(request.header("authorization"), "bearer");
        return credentials != null ? credentials : missing();
    }

    @Override
    protected void describe(Map<String, Object> scheme) {
        scheme.put("scheme", "bearer");
        if (bearerFormat != null) {
            scheme.put("bearerFormat", bearerFormat);
        }
    }

    @Override
    protected String challenge() {
        return "Bearer";
    }
}
