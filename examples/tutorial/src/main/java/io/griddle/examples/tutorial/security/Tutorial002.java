package io.griddle.examples.tutorial.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.security.OAuth2PasswordBearer;
import java.util.Optional;

/**
 * Get the current user: a provider that turns the bearer token into a {@link User}, injected into the route. The
 * "decoding" is a fake, kept from the tutorial.
 */
public final class Tutorial002 {

    public static final class OAuth2Scheme extends OAuth2PasswordBearer {
        public OAuth2Scheme() {
            super("token");
        }
    }

    public record User(
            String username,
            Optional<String> email,
            @JsonProperty("full_name") Optional<String> fullName,
            Optional<Boolean> disabled) {}

    static User fakeDecodeToken(String token) {
        return new User(
                token + "fakedecoded", Optional.of("john@example.com"), Optional.of("John Doe"), Optional.empty());
    }

    /** FastAPI's {@code get_current_user}: a provider that depends on the scheme. */
    public static final class CurrentUser {
        public User provide(@Depends(OAuth2Scheme.class) String token) {
            return fakeDecodeToken(token);
        }
    }

    @Get("/users/me")
    public User readUsersMe(@Depends(CurrentUser.class) User currentUser) {
        return currentUser;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
