package io.griddle.security;

/**
 * What {@link HttpBearer} and {@link HttpDigest} provide: the {@code Authorization} header split at its first
 * space, {@code "Bearer abc"} giving scheme {@code Bearer} and credentials {@code abc}.
 */
public record HttpAuthorizationCredentials(String scheme, String credentials) {

    @Override
    public String toString() {
        return "HttpAuthorizationCredentials[scheme=" + scheme + ", credentials=***]";
    }
}
