package io.griddle.examples.tutorial.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Post;
import io.griddle.gateway.Headers;
import io.griddle.http.HttpError;
import io.griddle.security.OAuth2PasswordBearer;
import io.griddle.security.OAuth2PasswordRequestForm;
import io.griddle.security.Secrets;
import java.util.Map;
import java.util.Optional;

/**
 * Simple OAuth2 with password and bearer: {@code POST /token} takes the OAuth2 password form and answers a token
 * (here simply the user name: no real security yet, see FastAPI's JWT chapter); {@code /users/me} turns the
 * token back into the user, refusing unknown tokens (401) and disabled users (400).
 */
public final class Tutorial003 {

    public static final class OAuth2Scheme extends OAuth2PasswordBearer {
        public OAuth2Scheme() {
            super("token");
        }
    }

    /** A user as stored: the tutorial's {@code UserInDB}. */
    public record UserInDB(
            String username,
            Optional<String> email,
            @JsonProperty("full_name") Optional<String> fullName,
            Optional<Boolean> disabled,
            @JsonProperty("hashed_password") String hashedPassword) {}

    static final Map<String, UserInDB> FAKE_USERS_DB = Map.of(
            "johndoe",
                    new UserInDB(
                            "johndoe",
                            Optional.of("johndoe@example.com"),
                            Optional.of("John Doe"),
                            Optional.of(false),
                            "fakehashedsecret"),
            "alice",
                    new UserInDB(
                            "alice",
                            Optional.of("alice@example.com"),
                            Optional.of("Alice Wonderson"),
                            Optional.of(true),
                            "fakehashedsecret2"));

    static String fakeHashPassword(String password) {
        return "fakehashed" + password;
    }

    // This doesn't provide any security at all: the token is the user name.
    static UserInDB fakeDecodeToken(String token) {
        return FAKE_USERS_DB.get(token);
    }

    public static final class CurrentUser {
        public UserInDB provide(@Depends(OAuth2Scheme.class) String token) {
            UserInDB user = fakeDecodeToken(token);
            if (user == null) {
                throw new HttpError(401, "Not authenticated", Headers.of("www-authenticate", "Bearer"));
            }
            return user;
        }
    }

    public static final class CurrentActiveUser {
        public UserInDB provide(@Depends(CurrentUser.class) UserInDB currentUser) {
            if (currentUser.disabled().orElse(false)) {
                throw new HttpError(400, "Inactive user");
            }
            return currentUser;
        }
    }

    @Post("/token")
    public Map<String, String> login(@Depends OAuth2PasswordRequestForm form) {
        UserInDB user = FAKE_USERS_DB.get(form.username());
        if (user == null) {
            throw new HttpError(400, "Incorrect username or password");
        }
        String hashedPassword = fakeHashPassword(form.password());
        if (!Secrets.compareDigest(hashedPassword, user.hashedPassword())) {
            throw new HttpError(400, "Incorrect username or password");
        }
        return Map.of("access_token", user.username(), "token_type", "bearer");
    }

    @Get("/users/me")
    public UserInDB readUsersMe(@Depends(CurrentActiveUser.class) UserInDB currentUser) {
        return currentUser;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
