package io.griddle.examples.tutorial.security;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.gateway.Headers;
import io.griddle.http.HttpError;
import io.griddle.security.HttpBasic;
import io.griddle.security.HttpBasicCredentials;
import io.griddle.security.Secrets;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP Basic auth checked against one user, in constant time: {@link Secrets#compareDigest} takes as long whatever
 * part of the name or password a guess gets right, and both are compared before deciding, so timing tells an
 * attacker nothing about either.
 */
public final class Tutorial007 {

    public static final class Security extends HttpBasic {}

    private static final byte[] CORRECT_USERNAME = "stanleyjobson".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CORRECT_PASSWORD = "swordfish".getBytes(StandardCharsets.UTF_8);

    /** FastAPI's {@code get_current_username}. */
    public static final class CurrentUsername {
        public String provide(@Depends(Security.class) HttpBasicCredentials credentials) {
            boolean isCorrectUsername =
                    Secrets.compareDigest(credentials.username().getBytes(StandardCharsets.UTF_8), CORRECT_USERNAME);
            boolean isCorrectPassword =
                    Secrets.compareDigest(credentials.password().getBytes(StandardCharsets.UTF_8), CORRECT_PASSWORD);
            if (!(isCorrectUsername && isCorrectPassword)) {
                throw new HttpError(401, "Incorrect username or password", Headers.of("www-authenticate", "Basic"));
            }
            return credentials.username();
        }
    }

    @Get("/users/me")
    public Map<String, String> readCurrentUser(@Depends(CurrentUsername.class) String username) {
        return Map.of("username", username);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial007());
    }
}
