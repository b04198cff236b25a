package io.griddle.security;

import io.griddle.Default;
import io.griddle.Form;
import io.griddle.Format;
import io.griddle.NonBlocking;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/**
 * {@link OAuth2PasswordRequestForm} with {@code grant_type} required (and "password"), as the OAuth2 specification
 * and FastAPI's {@code OAuth2PasswordRequestFormStrict} have it.
 *
 * <pre>{@code
 * @Post("/token") Map<String, String> login(@Depends OAuth2PasswordRequestFormStrict form) { ... }
 * }</pre>
 */
public class OAuth2PasswordRequestFormStrict extends OAuth2PasswordRequestForm {

    OAuth2PasswordRequestFormStrict() {}

    public OAuth2PasswordRequestFormStrict(
            String grantType, String username, String password, String scope, String clientId, String clientSecret) {
        super(grantType, username, password, scope, clientId, clientSecret);
    }

    /** Reads the form from the request body; {@code grant_type} is required. */
    @NonBlocking
    public OAuth2PasswordRequestFormStrict provide(
            @Form("grant_type") @Pattern(regexp = "^password$") String grantType,
            @Form("username") String username,
            @Form("password") @Format("password") String password,
            @Form("scope") @Default("") String scope,
            @Form("client_id") Optional<String> clientId,
            @Form("client_secret") @Format("password") Optional<String> clientSecret) {
        return new OAuth2PasswordRequestFormStrict(
                grantType, username, password, scope, clientId.orElse(null), clientSecret.orElse(null));
    }
}
