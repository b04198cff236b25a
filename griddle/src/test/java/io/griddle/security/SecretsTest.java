package io.griddle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * {@link Secrets#compareDigest} answers as {@code equals} does, and its time does not depend on where the values
 * differ. The timing check compares medians with a wide margin and runs the same check on {@code Arrays.equals},
 * which must fail it: a check that cannot fail proves nothing.
 */
class SecretsTest {

    @Test
    void answersAsEquals() {
        assertThat(Secrets.compareDigest("swordfish", "swordfish")).isTrue();
        assertThat(Secrets.compareDigest("swordfisH", "swordfish")).isFalse();
        assertThat(Secrets.compareDigest("swordfis", "swordfish")).isFalse();
        assertThat(Secrets.compareDigest("swordfish!", "swordfish")).isFalse();
        assertThat(Secrets.compareDigest("", "swordfish")).isFalse();
        assertThat(Secrets.compareDigest("", "")).isTrue();
        assertThat(Secrets.compareDigest("caf\u00e9", "caf\u00e9")).isTrue();
        assertThat(Secrets.compareDigest((String) null, "swordfish")).isFalse();
        assertThat(Secrets.compareDigest("swordfish", (String) null)).isFalse();
        assertThat(Secrets.compareDigest((byte[]) null, new byte[0])).isFalse();
        assertThat(Secrets.compareDigest(new byte[] {1, 2}, new byte[] {1, 2})).isTrue();
    }

    @Test
    void takesAsLongWhereverTheValuesDiffer() {
        byte[] secret = new byte[1 << 20];
        Arrays.fill(secret, (byte) 'k');
        byte[] wrongFirst = secret.clone();
        wrongFirst[0] = 'x';
        byte[] wrongLast = secret.clone();
        wrongLast[wrongLast.length - 1] = 'x';

        double constant = ratio(Secrets::compareDigest, secret, wrongFirst, wrongLast);
        double leaky = ratio(Arrays::equals, secret, wrongFirst, wrongLast);
        // equals stops at the first difference: a wrong last byte costs it the whole array, a wrong first byte nothing
        assertThat(leaky)
                .as("the control: Arrays.equals leaks where values differ")
                .isGreaterThan(20);
        assertThat(constant).as("compareDigest: last-byte / first-byte time").isBetween(0.25, 4.0);
    }

    // The median time of comparing with a value wrong at its end over that of one wrong at its start.
    private static double ratio(BiPredicate<byte[], byte[]> compare, byte[] secret, byte[] first, byte[] last) {
        for (int i = 0; i < 200; i++) { // warm the comparison up
            compare.test(first, secret);
            compare.test(last, secret);
        }
        long[] atFirst = new long[101];
        long[] atLast = new long[101];
        for (int i = 0; i < atFirst.length; i++) {
            long start = System.nanoTime();
            boolean a = compare.test(first, secret);
            long middle = System.nanoTime();
            boolean b = compare.test(last, secret);
            long end = System.nanoTime();
            assertThat(a || b).isFalse();
            atFirst[i] = middle - start;
            atLast[i] = end - middle;
        }
        Arrays.sort(atFirst);
        Arrays.sort(atLast);
        return (double) Math.max(1, atLast[50]) / Math.max(1, atFirst[50]);
    }
}
