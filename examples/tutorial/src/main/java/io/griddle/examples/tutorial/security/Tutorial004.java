package io.griddle.examples.tutorial.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.nimbusds.jwt.JWTClaimsSet;
import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Post;
import io.griddle.gateway.Headers;
import io.griddle.http.HttpError;
import io.griddle.security.OAuth2PasswordBearer;
import io.griddle.security.OAuth2PasswordRequestForm;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OAuth2 with password (and hashing), bearer with JWT tokens: {@code POST /token} checks the password against an
 * Argon2id hash and answers a signed token whose {@code sub} is the user name, valid 30 minutes;
 * {@code /users/me/} checks the token's signature and expiry and finds its user (401 "Could not validate
 * credentials" otherwise).
 */
public final class Tutorial004 {

    // To get a string like this run: openssl rand -hex 32
    static final String SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7";
    static final Duration ACCESS_TOKEN_EXPIRE = Duration.ofMinutes(30);

    static final AccessTokens TOKENS = new AccessTokens(SECRET_KEY);
    static final PasswordHash PASSWORD_HASH = PasswordHash.RECOMMENDED;
    // Verified when the user is unknown, so that an unknown name costs as long as a wrong password.
    static final String DUMMY_HASH = PASSWORD_HASH.hash("dummypassword");

    public static final class OAuth2Scheme extends OAuth2PasswordBearer {
        public OAuth2Scheme() {
            super("token");
        }
    }

    /** The token answer. */
    public record Token(String access_token, String token_type) {}

    /** A user as the API shows it. */
    public record User(
            String username,
            Optional<String> email,
            @JsonProperty("full_name") Optional<String> fullName,
            Optional<Boolean> disabled) {}

    /** A user as stored, with the password's hash. */
    public record UserInDB(
            String username,
            Optional<String> email,
            @JsonProperty("full_name") Optional<String> fullName,
            Optional<Boolean> disabled,
            @JsonProperty("hashed_password") String hashedPassword) {

        User user() {
            return new User(username, email, fullName, disabled);
        }
    }

    /** The users by name; mutable so that a test can add one, as FastAPI's test patches the dict. */
    static final Map<String, UserInDB> FAKE_USERS_DB = new ConcurrentHashMap<>(
            Map.of(
                    "johndoe",
                    new UserInDB(
                            "johndoe",
                            Optional.of("johndoe@example.com"),
                            Optional.of("John Doe"),
                            Optional.of(false),
                            "$argon2id$v=19$m=65536,t=3,p=4$wagCPXjifgvUFBzq4hqe3w$CYaIb8sB+wtD+Vu/P4uod1+Qof8h+1g7bbDlBID48Rc")));

    static boolean verifyPassword(String plainPassword, String hashedPassword) {
        return PASSWORD_HASH.verify(plainPassword, hashedPassword);
    }

    static String getPasswordHash(String password) {
        return PASSWORD_HASH.hash(password);
    }

    static Optional<UserInDB> authenticateUser(String username, String password) {
        UserInDB user = FAKE_USERS_DB.get(username);
        if (user == null) {
            verifyPassword(password, DUMMY_HASH);
            return Optional.empty();
        }
        return verifyPassword(password, user.hashedPassword()) ? Optional.of(user) : Optional.empty();
    }

    static String createAccessToken(Map<String, Object> data, Duration expiresDelta) {
        return TOKENS.create(data, expiresDelta == null ? Duration.ofMinutes(15) : expiresDelta);
    }

    static HttpError credentialsException() {
        return new HttpError(401, "Could not validate credentials", Headers.of("www-authenticate", "Bearer"));
    }

    public static final class CurrentUser {
        public UserInDB provide(@Depends(OAuth2Scheme.class) String token) {
            JWTClaimsSet claims = TOKENS.decode(token).orElseThrow(Tutorial004::credentialsException);
            String username = claims.getSubject();
            if (username == null) {
                throw credentialsException();
            }
            UserInDB user = FAKE_USERS_DB.get(username);
            if (user == null) {
                throw credentialsException();
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
    public Token loginForAccessToken(@Depends OAuth2PasswordRequestForm form) {
        UserInDB user = authenticateUser(form.username(), form.password())
                .orElseThrow(() ->
                        new HttpError(401, "Incorrect username or password", Headers.of("www-authenticate", "Bearer")));
        String accessToken = createAccessToken(Map.of("sub", user.username()), ACCESS_TOKEN_EXPIRE);
        return new Token(accessToken, "bearer");
    }

    @Get("/users/me/")
    public User readUsersMe(@Depends(CurrentActiveUser.class) UserInDB currentUser) {
        return currentUser.user();
    }

    @Get("/users/me/items/")
    public List<Map<String, String>> readOwnItems(@Depends(CurrentActiveUser.class) UserInDB currentUser) {
        return List.of(Map.of("item_id", "Foo", "owner", currentUser.username()));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial004());
    }
}
