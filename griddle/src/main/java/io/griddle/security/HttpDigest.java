package io.griddle.security;

import io.griddle.NonBlocking;
import io.griddle.http.Request;
import java.util.Map;

/**
 * HTTP Digest, documented, as FastAPI's {@code HTTPDigest}: a stub that provides the raw
 * {@link HttpAuthorizationCredentials} of an {@code Authorization: Digest ...} header for the application to check;
 * it does not implement the digest computation. Otherwise 401 with {@code WWW-Authenticate: Digest}.
 *
 * <p>OpenAPI: {@code {"type": "http", "scheme": "digest"}}, named {@code HTTPDigest}.
 */
public class HttpDigest extends SecurityScheme<HttpDigest> {

    public HttpDigest() {
        super("http", "HTTPDigest");
    }

    /** The credentials of a Digest header; 401 (or {@code null}) otherwise. */
    @NonBlocking
    public HttpAuthorizationCredentials provide(Request request) {
        HttpAuthorizationCredentials credentials =
                AuthorizationHeader.credentials(request.header("authorization"), "digest");
        return credentials != null ? credentials : missing();
    }

    @Override
    protected void describe(Map<String, Object> scheme) {
        scheme.put("scheme", "digest");
    }

    @Override
    protected String challenge() {
        return "Digest";
    }
}
