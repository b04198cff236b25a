package io.griddle.security;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.gateway.Headers;
import io.griddle.http.HttpError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An app whose routes reach one scope-checking provider through {@code @Depends} and {@code @Security} chains, for
 * the scope tests of the binding layer and of the document. A token is the granted scopes joined by commas.
 */
final class ScopedApp {

    private ScopedApp() {}

    public static final class OAuth2Scheme extends OAuth2PasswordBearer {
        public OAuth2Scheme() {
            super("token");
            Map<String, String> scopes = new LinkedHashMap<>();
            scopes.put("me", "Read information about the current user.");
            scopes.put("items", "Read items.");
            scopes(scopes);
        }
    }

    /** What the checking provider saw: the scopes required where it ran. */
    record Seen(List<String> required) {}

    /** Uses no scopes: shared by every use in a request, whatever the scopes above it. */
    public static final class Plain {
        final AtomicInteger calls = new AtomicInteger();

        public String provide() {
            calls.incrementAndGet();
            return "plain";
        }
    }

    /** Checks the token's scopes against those required on the path to it, as the tutorial's current user. */
    public static final class CurrentUser {
        final AtomicInteger calls = new AtomicInteger();

        public Seen provide(
                SecurityScopes securityScopes,
                @Depends(OAuth2Scheme.class) String token,
                @Depends(Plain.class) String plain) {
            calls.incrementAndGet();
            List<String> granted = List.of(token.split(","));
            for (String scope : securityScopes.scopes()) {
                if (!granted.contains(scope)) {
                    throw new HttpError(
                            401,
                            "Not enough permissions",
                            Headers.of("www-authenticate", securityScopes.bearerChallenge()));
                }
            }
            return new Seen(securityScopes.scopes());
        }
    }

    /** Adds "me" to whatever is required above it. */
    public static final class ActiveUser {
        public Seen provide(@Security(value = CurrentUser.class, scopes = "me") Seen user) {
            return user;
        }
    }

    @SuppressWarnings("unused")
    static final class Routes {
        @Get("/me")
        Seen me(@Depends(ActiveUser.class) Seen user) {
            return user;
        }

        @Get("/items")
        Seen items(@Security(value = ActiveUser.class, scopes = "items") Seen user) {
            return user;
        }

        @Get("/status")
        Seen status(@Depends(CurrentUser.class) Seen user) {
            return user;
        }

        @Get("/repeat")
        Seen repeat(
                @Security(
                                value = ActiveUser.class,
                                scopes = {"me", "items", "me"})
                        Seen user) {
            return user;
        }

        @Get("/both")
        Map<String, Object> both(
                @Security(value = CurrentUser.class, scopes = "items") Seen items,
                @Depends(ActiveUser.class) Seen me,
                @Depends(Plain.class) String plain) {
            return Map.of("items", items.required(), "me", me.required());
        }

        @Get("/fresh")
        List<Seen> fresh(
                @Security(value = CurrentUser.class, scopes = "me") Seen first,
                @Security(value = CurrentUser.class, scopes = "me", useCache = false) Seen second) {
            return new ArrayList<>(List.of(first, second));
        }

        @Get("/handler")
        SecurityScopes handler(SecurityScopes scopes) {
            return scopes;
        }

        @Get("/open")
        String open(@Depends(Plain.class) String plain) {
            return plain;
        }
    }

    /** The app, its providers registered so that a test can count their calls. */
    static App app(Plain plain, CurrentUser currentUser) {
        return App.create()
                .provide(Plain.class, plain)
                .provide(CurrentUser.class, currentUser)
                .include(new Routes());
    }
}
