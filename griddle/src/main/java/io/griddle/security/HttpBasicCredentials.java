package io.griddle.security;

/**
 * What {@link HttpBasic} provides: the user name and password of an {@code Authorization: Basic ...} header.
 * Compare them with {@link Secrets#compareDigest(String, String)}, not {@code equals}.
 */
public record HttpBasicCredentials(String username, String password) {

    @Override
    public String toString() {
        return "HttpBasicCredentials[username=" + username + ", password=***]";
    }
}
