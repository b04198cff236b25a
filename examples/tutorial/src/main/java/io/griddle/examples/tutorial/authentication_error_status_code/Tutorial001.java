package io.griddle.examples.tutorial.authentication_error_status_code;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.http.HttpError;
import io.griddle.security.HttpAuthorizationCredentials;
import io.griddle.security.HttpBearer;
import java.util.Map;

/** A security scheme whose missing credentials answer 403 instead of the standard 401. */
public final class Tutorial001 {

    /** {@code HTTPBearer403}: HTTP Bearer, with 403 "Not authenticated" when the header is missing. */
    public static final class HttpBearer403 extends HttpBearer {
        public HttpBearer403() {
            schemeName("HTTPBearer403"); // FastAPI names a scheme after its class
        }

        @Override
        protected HttpError notAuthenticated() {
            return new HttpError(403, "Not authenticated");
        }
    }

    @Get("/me")
    public Object readMe(@Depends(HttpBearer403.class) HttpAuthorizationCredentials credentials) {
        return Map.of("message", "You are authenticated", "token", credentials.credentials());
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
