package io.griddle.security;

import io.griddle.Default;
import io.griddle.Form;
import io.griddle.Format;
import io.griddle.NonBlocking;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The form of OAuth2's password flow, as FastAPI's {@code OAuth2PasswordRequestForm}: the fields
 * {@code grant_type} (optional, "password" if sent), {@code username}, {@code password}, {@code scope} (scopes
 * separated by spaces, empty by default), {@code client_id} and {@code client_secret} (optional), from an
 * {@code application/x-www-form-urlencoded} body. The class is its own provider: declare it with {@code @Depends}
 * alone, as FastAPI's {@code Depends()}.
 *
 * <pre>{@code
 * @Post("/token")
 * public Map<String, String> login(@Depends OAuth2PasswordRequestForm form) {
 *     User user = users.get(form.username());
 *     if (user == null || !Secrets.compareDigest(hash(form.password()), user.hashedPassword())) {
 *         throw new HttpError(400, "Incorrect username or password");
 *     }
 *     return Map.of("access_token", user.username(), "token_type", "bearer");
 * }
 * }</pre>
 *
 * <p>A missing username or password answers 422 ({@code loc ["body", "username"]}); the OpenAPI document shows
 * the fields in the route's {@code Body_...} form schema, the password fields with {@code format: password}.
 * {@link OAuth2PasswordRequestFormStrict} requires {@code grant_type}, as the OAuth2 specification does.
 */
public class OAuth2PasswordRequestForm {

    private final String grantType;
    private final String username;
    private final String password;
    private final String scope;
    private final String clientId;
    private final String clientSecret;

    // The provider instance Griddle makes; its own fields are never read.
    OAuth2PasswordRequestForm() {
        this(null, "", "", "", null, null);
    }

    /**
     * A form as received; {@code null} for the optional fields left out.
     */
    public OAuth2PasswordRequestForm(
            String grantType, String username, String password, String scope, String clientId, String clientSecret) {
        this.grantType = grantType;
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** Reads the form from the request body. */
    @NonBlocking
    public OAuth2PasswordRequestForm provide(
            @Form("grant_type") @Pattern(regexp = "^password$") Optional<String> grantType,
            @Form("username") String username,
            @Form("password") @Format("password") String password,
            @Form("scope") @Default("") String scope,
            @Form("client_id") Optional<String> clientId,
            @Form("client_secret") @Format("password") Optional<String> clientSecret) {
        return new OAuth2PasswordRequestForm(
                grantType.orElse(null), username, password, scope, clientId.orElse(null), clientSecret.orElse(null));
    }

    /** {@code password} when the client sent it. */
    public Optional<String> grantType() {
        return Optional.ofNullable(grantType);
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** The scopes as sent, separated by spaces. */
    public String scope() {
        return scope;
    }

    /** The scopes one by one: {@code "items:read users:me"} gives two. */
    public List<String> scopes() {
        return scope.isBlank() ? List.of() : Arrays.asList(scope.strip().split("\\s+"));
    }

    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    public Optional<String> clientSecret() {
        return Optional.ofNullable(clientSecret);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[username=" + username + ", password=***, scope=" + scope + "]";
    }
}
