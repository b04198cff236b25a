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
import io.griddle.security.Security;
import io.griddle.security.SecurityScopes;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OAuth2 scopes: the token carries the scopes the user asked for at login ({@code scope=me items}), and each route
 * requires some with {@code @Security}. {@code /users/me/} needs {@code me} (from {@code CurrentActiveUser}),
 * {@code /users/me/items/} needs {@code items} and {@code me}, {@code /status/} only a valid token. A token without
 * a required scope answers 401 "Not enough permissions" with {@code WWW-Authenticate: Bearer scope="..."}.
 */
public final class Tutorial005 {

    // To get a string like this run: openssl rand -hex 32
    static final String SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7";
    static final Duration ACCESS_TOKEN_EXPIRE = Duration.ofMinutes(30);

    static final AccessTokens TOKENS = new AccessTokens(SECRET_KEY);
    static final PasswordHash PASSWORD_HASH = PasswordHash.RECOMMENDED;
    // Verified when the user is unknown, so that an unknown name costs as long as a wrong password.
    static final String DUMMY_HASH = PASSWORD_HASH.hash("dummypassword");

    /** The token answer. */
    public record Token(String access_token, String token_type) {}

    /** What a valid token says: its user and the scopes granted at login. */
    public record TokenData(String username, List<String> scopes) {}

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

    static final Map<String, UserInDB> FAKE_USERS_DB = Map.of(
            "johndoe",
            new UserInDB(
                    "johndoe",
                    Optional.of("johndoe@example.com"),
                    Optional.of("John Doe"),
                    Optional.of(false),
                    "$argon2id$v=19$m=65536,t=3,p=4$wagCPXjifgvUFBzq4hqe3w$CYaIb8sB+wtD+Vu/P4uod1+Qof8h+1g7bbDlBID48Rc"),
            "alice",
            new UserInDB(
                    "alice",
                    Optional.of("alicechains@example.com"),
                    Optional.of("Alice Chains"),
                    Optional.of(true),
                    "$argon2id$v=19$m=65536,t=3,p=4$g2/AV1zwopqUntPKJavBFw$BwpRGDCyUHLvHICnwijyX8ROGoiUPwNKZ7915MeYfCE"));

    /** {@code OAuth2PasswordBearer(tokenUrl="token", scopes={...})}: the scopes the docs' login form offers. */
    public static final class OAuth2Scheme extends OAuth2PasswordBearer {
        public OAuth2Scheme() {
            super("token");
            Map<String, String> scopes = new LinkedHashMap<>();
            scopes.put("me", "Read information about the current user.");
            scopes.put("items", "Read items.");
            scopes(scopes);
        }
    }

    static boolean verifyPassword(String plainPassword, String hashedPassword) {
        return PASSWORD_HASH.verify(plainPassword, hashedPassword);
    }

    static String getPasswordHash(String password) {
        return PASSWORD_HASH.hash(password);
    }

    static Optional<UserInDB> getUser(Map<String, UserInDB> db, String username) {
        return Optional.ofNullable(db.get(username));
    }

    static Optional<UserInDB> authenticateUser(Map<String, UserInDB> fakeDb, String username, String password) {
        Optional<UserInDB> user = getUser(fakeDb, username);
        if (user.isEmpty()) {
            verifyPassword(password, DUMMY_HASH);
            return Optional.empty();
        }
        return verifyPassword(password, user.get().hashedPassword()) ? user : Optional.empty();
    }

    static String createAccessToken(Map<String, Object> data, Duration expiresDelta) {
        return TOKENS.create(data, expiresDelta == null ? Duration.ofMinutes(15) : expiresDelta);
    }

    /** {@code get_current_user}: the token's user, if the token grants every scope required on the path here. */
    public static final class CurrentUser {
        public UserInDB provide(SecurityScopes securityScopes, @Depends(OAuth2Scheme.class) String token) {
            // Bearer scope="items me", or Bearer when no scope is required here.
            String authenticateValue = securityScopes.bearerChallenge();
            HttpError credentialsException = new HttpError(
                    401, "Could not validate credentials", Headers.of("WWW-Authenticate", authenticateValue));
            TokenData tokenData;
            try {
                JWTClaimsSet payload = TOKENS.decode(token).orElseThrow(() -> credentialsException);
                String username = payload.getSubject();
                if (username == null) {
                    throw credentialsException;
                }
                String scope =
                        Optional.ofNullable(payload.getStringClaim("scope")).orElse("");
                List<String> tokenScopes = List.of(scope.split(" "));
                tokenData = new TokenData(username, tokenScopes);
            } catch (ParseException invalid) { // a scope claim that is not text
                throw credentialsException;
            }
            UserInDB user = getUser(FAKE_USERS_DB, tokenData.username()).orElseThrow(() -> credentialsException);
            for (String scope : securityScopes.scopes()) {
                if (!tokenData.scopes().contains(scope)) {
                    throw new HttpError(
                            401, "Not enough permissions", Headers.of("WWW-Authenticate", authenticateValue));
                }
            }
            return user;
        }
    }

    /** {@code get_current_active_user}: requires the {@code me} scope of whatever it asks of the current user. */
    public static final class CurrentActiveUser {
        public UserInDB provide(@Security(value = CurrentUser.class, scopes = "me") UserInDB currentUser) {
            if (currentUser.disabled().orElse(false)) {
                throw new HttpError(400, "Inactive user");
            }
            return currentUser;
        }
    }

    @Post("/token")
    public Token loginForAccessToken(@Depends OAuth2PasswordRequestForm formData) {
        UserInDB user = authenticateUser(FAKE_USERS_DB, formData.username(), formData.password())
                .orElseThrow(() -> new HttpError(400, "Incorrect username or password"));
        String accessToken = createAccessToken(
                Map.of("sub", user.username(), "scope", String.join(" ", formData.scopes())), ACCESS_TOKEN_EXPIRE);
        return new Token(accessToken, "bearer");
    }

    @Get("/users/me/")
    public User readUsersMe(@Depends(CurrentActiveUser.class) UserInDB currentUser) {
        return currentUser.user();
    }

    @Get("/users/me/items/")
    public Object readOwnItems(@Security(value = CurrentActiveUser.class, scopes = "items") UserInDB currentUser) {
        return List.of(Map.of("item_id", "Foo", "owner", currentUser.username()));
    }

    @Get("/status/")
    public Object readSystemStatus(@Depends(CurrentUser.class) UserInDB currentUser) {
        return Map.of("status", "ok");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial005());
    }
}
