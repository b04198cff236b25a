package io.griddle.security;

import io.griddle.NonBlocking;
import io.griddle.http.Request;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * HTTP Basic authentication (RFC 7617), as FastAPI's {@code HTTPBasic}: provides the {@link HttpBasicCredentials}
 * of an {@code Authorization: Basic <base64 of user:password>} header. A missing header, another scheme, bad
 * base64, non-ASCII text or no colon answer 401 {@code {"detail": "Not authenticated"}} with
 * {@code WWW-Authenticate: Basic} (with the realm when one is set), which makes browsers ask for a password.
 *
 * <pre>{@code
 * public static final class Security extends HttpBasic {
 * }
 * @Get("/users/me") HttpBasicCredentials me(@Depends(Security.class) HttpBasicCredentials credentials) {
 *     return credentials;
 * }
 * }</pre>
 *
 * <p>OpenAPI: {@code {"type": "http", "scheme": "basic"}}, named {@code HTTPBasic}.
 */
public class HttpBasic extends SecurityScheme<HttpBasic> {

    private String realm;

    public HttpBasic() {
        super("http", "HTTPBasic");
    }

    /** The realm named in the {@code WWW-Authenticate} challenge. */
    public final HttpBasic realm(String realm) {
        this.realm = realm;
        return this;
    }

    /** The credentials of a Basic header; 401 (or {@code null} for a missing header) otherwise. */
    @NonBlocking
    public HttpBasicCredentials provide(Request request) {
        String header = request.header("authorization");
        AuthorizationHeader authorization = AuthorizationHeader.parse(header);
        if (header == null || header.isEmpty() || !authorization.scheme().equalsIgnoreCase("basic")) {
            return missing();
        }
        String decoded = decode(authorization.param());
        int colon = decoded == null ? -1 : decoded.indexOf(':');
        if (colon < 0) {
            throw notAuthenticated(); // present but unreadable: refused even when autoError is off, as FastAPI
        }
        return new HttpBasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    // Base64 then ASCII, as Python's b64decode(...).decode("ascii"): characters outside the alphabet are skipped,
    // padding is required; null when either step fails.
    private static String decode(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z'
                    || c >= 'a' && c <= 'z'
                    || c >= '0' && c <= '9'
                    || c == '+'
                    || c == '/'
                    || c == '=') {
                kept.append(c);
            }
        }
        if (kept.length() % 4 != 0) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(kept.toString());
            return StandardCharsets.US_ASCII
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }

    @Override
    protected void describe(Map<String, Object> scheme) {
        scheme.put("scheme", "basic");
    }

    @Override
    protected String challenge() {
        return realm == null || realm.isEmpty() ? "Basic" : "Basic realm=\"" + realm + "\"";
    }
}
