package io.griddle.middleware;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks session cookies: {@code data.timestamp.signature}, all URL-safe base64 but the timestamp (epoch
 * seconds), the signature an HMAC-SHA256 of {@code data.timestamp} (as itsdangerous' {@code TimestampSigner}, with
 * SHA-256). A value older than the max age, altered, or malformed is refused.
 */
final class SessionSigner {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    SessionSigner(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
        newMac(); // fails at startup, not on a request, should the JDK lack HMAC-SHA256
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    String sign(byte[] data, long nowSeconds) {
        String signed = ENCODE.encodeToString(data) + "." + nowSeconds;
        return signed + "." + ENCODE.encodeToString(mac(signed));
    }

    /** The data, or {@code null} when the value is not one this signer made within the max age (0: no limit). */
    byte[] unsign(String value, long nowSeconds, long maxAgeSeconds) {
        int last = value.lastIndexOf('.');
        int middle = last <= 0 ? -1 : value.lastIndexOf('.', last - 1);
        if (middle <= 0) {
            return null;
        }
        String signed = value.substring(0, last);
        try {
            byte[] given = DECODE.decode(value.substring(last + 1));
            if (!MessageDigest.isEqual(given, mac(signed))) {
                return null;
            }
            long timestamp = Long.parseLong(value.substring(middle + 1, last));
            if (maxAgeSeconds > 0 && nowSeconds - timestamp > maxAgeSeconds) {
                return null;
            }
            return DECODE.decode(value.substring(0, middle));
        } catch (IllegalArgumentException malformed) { // bad base64 or number
            return null;
        }
    }

    private byte[] mac(String text) {
        Mac mac = macs.get();
        return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
    }
}
