package io.griddle.examples.tutorial.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=65536,t=3,p=4$salt$hash}), as Python's
 * {@code pwdlib.PasswordHash.recommended()} writes and reads them; the hashing is Bouncy Castle's (decision 041).
 *
 * <pre>{@code
 * String stored = PasswordHash.RECOMMENDED.hash("secret");
 * boolean ok = PasswordHash.RECOMMENDED.verify("secret", stored);
 * }</pre>
 *
 * @param memoryKiB   memory cost in KiB ({@code m})
 * @param iterations  time cost ({@code t})
 * @param parallelism lanes ({@code p})
 */
public record PasswordHash(int memoryKiB, int iterations, int parallelism) {

    /** pwdlib's recommended Argon2id settings: 64 MiB, 3 passes, 4 lanes; 16-byte salt, 32-byte hash. */
    public static final PasswordHash RECOMMENDED = new PasswordHash(65536, 3, 4);

    private static final Pattern PHC =
            Pattern.compile("\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new hash of the password with a random salt. */
    public String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = argon2(password, salt, memoryKiB, iterations, parallelism, 32);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism + "$"
                + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /** Whether the password gives the stored hash (with the stored settings); false for a hash it cannot read. */
    public boolean verify(String password, String stored) {
        Matcher phc = PHC.matcher(stored);
        if (!phc.matches()) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(phc.group(4));
        byte[] expected = Base64.getDecoder().decode(phc.group(5));
        byte[] actual = argon2(
                password,
                salt,
                Integer.parseInt(phc.group(1)),
                Integer.parseInt(phc.group(2)),
                Integer.parseInt(phc.group(3)),
                expected.length);
        return MessageDigest.isEqual(expected, actual); // constant time
    }

    private static byte[] argon2(String password, byte[] salt, int memory, int passes, int lanes, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(passes)
                .withParallelism(lanes)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
