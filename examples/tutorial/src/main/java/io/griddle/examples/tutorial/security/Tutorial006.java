package io.griddle.examples.tutorial.security;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.security.HttpBasic;
import io.griddle.security.HttpBasicCredentials;
import java.util.Map;

/**
 * HTTP Basic auth: the browser asks for a user name and password (the 401 carries {@code WWW-Authenticate: Basic})
 * and sends them base64-encoded in the {@code Authorization} header; the route gets them decoded.
 */
public final class Tutorial006 {

    /** FastAPI's {@code security = HTTPBasic()}. */
    public static final class Security extends HttpBasic {}

    @Get("/users/me")
    public Map<String, String> readCurrentUser(@Depends(Security.class) HttpBasicCredentials credentials) {
        return Map.of("username", credentials.username(), "password", credentials.password());
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial006());
    }
}
