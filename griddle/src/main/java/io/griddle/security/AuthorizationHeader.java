package io.griddle.security;

/**
 * The {@code Authorization} header split at its first space into scheme and parameter, as FastAPI's
 * {@code get_authorization_scheme_param}: {@code "Bearer abc"} is {@code ("Bearer", "abc")}; no header is
 * {@code ("", "")}; the parameter keeps any further spaces.
 */
record AuthorizationHeader(String scheme, String param) {

    static AuthorizationHeader parse(String value) {
        if (value == null || value.isEmpty()) {
            return new AuthorizationHeader("", "");
        }
        int space = value.indexOf(' ');
        return space < 0
                ? new AuthorizationHeader(value, "")
                : new AuthorizationHeader(value.substring(0, space), value.substring(space + 1));
    }

    /** The credentials of a header that names the scheme (in any case) and carries a parameter; else {@code null}. */
    static HttpAuthorizationCredentials credentials(String value, String scheme) {
        AuthorizationHeader authorization = parse(value);
        return authorization.param().isEmpty() || !authorization.scheme().equalsIgnoreCase(scheme)
                ? null
                : new HttpAuthorizationCredentials(authorization.scheme(), authorization.param());
    }
}
