package io.griddle.examples.tutorial.dependencies;

import io.griddle.Header;
import io.griddle.http.HttpError;

/** Checks the {@code x-token} header; run for its effect (tutorials 006 and 012). */
public final class VerifyToken {
    public void provide(@Header("x-token") String xToken) {
        if (!xToken.equals("fake-super-secret-token")) {
            throw new HttpError(400, "X-Token header invalid");
        }
    }
}
