package io.griddle.examples.tutorial.bigger_applications;

import io.griddle.Header;
import io.griddle.Query;
import io.griddle.http.HttpError;

/** The app's dependencies (FastAPI's {@code app/dependencies.py}): providers run for their effect. */
public final class Dependencies {

    private Dependencies() {}

    /** Requires the header {@code X-Token: fake-super-secret-token}. */
    public static final class TokenHeader {
        public void provide(@Header("x-token") String xToken) {
            if (!xToken.equals("fake-super-secret-token")) {
                throw new HttpError(400, "X-Token header invalid");
            }
        }
    }

    /** Requires the query parameter {@code token=jessica}. */
    public static final class QueryToken {
        public void provide(@Query String token) {
            if (!token.equals("jessica")) {
                throw new HttpError(400, "No Jessica token provided");
            }
        }
    }
}
