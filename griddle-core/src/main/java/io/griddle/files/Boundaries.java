package io.griddle.files;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Boundaries for {@code multipart/byteranges}: random, so that no file's bytes can end a part early. */
final class Boundaries {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Boundaries() {}

    static String next() {
        byte[] bytes = new byte[13];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
