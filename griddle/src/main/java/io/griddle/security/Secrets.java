package io.griddle.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Comparisons of secrets that take the same time however much of the secret a guess gets right, as Python's
 * {@code secrets.compare_digest}: {@code equals} stops at the first differing character, and the time it takes
 * tells an attacker how many leading characters were right.
 *
 * <pre>{@code
 * boolean user = Secrets.compareDigest(credentials.username(), "stanleyjobson");
 * boolean password = Secrets.compareDigest(credentials.password(), "swordfish");
 * if (!(user & password)) throw new HttpError(401, "Incorrect username or password", ...);
 * }</pre>
 *
 * <p>Compare both values before deciding (note {@code &}, not {@code &&}), so that which one was wrong does not
 * show either. The time still depends on the length of the given value.
 */
public final class Secrets {

    private Secrets() {}

    /**
     * Whether the two byte strings are equal, in time independent of where they differ; {@code false} when either is
     * {@code null} (a missing credential never matches).
     */
    public static boolean compareDigest(byte[] given, byte[] expected) {
        if (given == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(given, expected);
    }

    /**
     * Whether the two texts are equal as UTF-8 bytes, in time independent of where they differ; {@code false} when
     * either is {@code null}.
     */
    public static boolean compareDigest(String given, String expected) {
        if (given == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
