package io.griddle.examples.tutorial.dependencies;

import io.griddle.Header;
import io.griddle.http.HttpError;

/** Checks the {@code x-key} header and returns it, a value nobody uses here (tutorials 006 and 012). */
public final class VerifyKey {
    public String provide(@Header("x-key") String xKey) {
        if (!xKey.equals("fake-super-secret-key")) {
            throw new HttpError(400, "X-Key header invalid");
        }
        return xKey;
    }
}
