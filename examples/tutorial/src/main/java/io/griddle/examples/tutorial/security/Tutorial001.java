package io.griddle.examples.tutorial.security;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.security.OAuth2PasswordBearer;
import java.util.Map;

/**
 * Security, first steps: the OAuth2 password flow's bearer token as a dependency. Without an
 * {@code Authorization: Bearer ...} header the answer is 401 with {@code WWW-Authenticate: Bearer}; the docs at
 * {@code /docs} get an "Authorize" button whose form posts to {@code token}.
 */
public final class Tutorial001 {

    /** The scheme: clients get tokens at {@code token} (no such route yet: see tutorial003). */
    public static final class OAuth2Scheme extends OAuth2PasswordBearer {
        public OAuth2Scheme() {
            super("token");
        }
    }

    @Get("/items/")
    public Map<String, String> readItems(@Depends(OAuth2Scheme.class) String token) {
        return Map.of("token", token);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
