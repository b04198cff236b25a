package io.griddle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.security.ScopedApp.CurrentUser;
import io.griddle.security.ScopedApp.Plain;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Security} scopes collected down nested dependencies into {@link SecurityScopes}, the providers that use
 * scopes run once per list of scopes, the 401 challenge that names them, and the startup checks.
 */
class SecurityScopesTest {

    private final Plain plain = new Plain();
    private final CurrentUser currentUser = new CurrentUser();
    private final App app = ScopedApp.app(plain, currentUser);
    private final TestClient client = TestClient.of(app);

    @AfterEach
    void close() {
        client.close();
    }

    private TestResponse get(String path, String token) {
        return client.request("GET", path)
                .header("authorization", "Bearer " + token)
                .send();
    }

    @Test
    void scopesAccumulateFromTheRouteDown() {
        // /items: @Security(ActiveUser, "items") -> @Security(CurrentUser, "me"): the route's scope first.
        assertThat(get("/items", "me,items").json()).isEqualTo(Map.of("required", List.of("items", "me")));
        // /me: @Depends(ActiveUser) adds nothing; ActiveUser's own "me" reaches CurrentUser.
        assertThat(get("/me", "me").json()).isEqualTo(Map.of("required", List.of("me")));
        // /status: no @Security anywhere on the path.
        assertThat(get("/status", "").json()).isEqualTo(Map.of("required", List.of()));
    }

    @Test
    void aScopeRequiredAboveIsNotRepeated() {
        // @Security(ActiveUser, {"me", "items", "me"}) then ActiveUser's own "me".
        assertThat(get("/repeat", "me,items").json()).isEqualTo(Map.of("required", List.of("me", "items")));
    }

    @Test
    void aHandlersOwnSecurityScopesAreEmpty() {
        assertThat(client.get("/handler").json()).isEqualTo(Map.of("scopes", List.of()));
    }

    @Test
    void aProviderReachedWithTwoListsOfScopesRunsOncePerList() {
        TestResponse response = get("/both", "me,items");
        assertThat(response.json()).isEqualTo(Map.of("items", List.of("items"), "me", List.of("me")));
        assertThat(currentUser.calls.get()).isEqualTo(2);
        // Plain uses no scopes: one value for the request, though both CurrentUser runs and the route ask for it.
        assertThat(plain.calls.get()).isEqualTo(1);
    }

    @Test
    void useCacheFalseStillCallsAgainWithTheSameScopes() {
        assertThat(get("/fresh", "me").json())
                .isEqualTo(List.of(Map.of("required", List.of("me")), Map.of("required", List.of("me"))));
        assertThat(currentUser.calls.get()).isEqualTo(2);
    }

    @Test
    void missingScopesAnswer401WithABearerChallengeNamingThem() {
        TestResponse response = get("/items", "me");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Not enough permissions"));
        assertThat(response.header("www-authenticate")).isEqualTo("Bearer scope=\"items me\"");

        TestResponse me = get("/me", "items");
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.header("www-authenticate")).isEqualTo("Bearer scope=\"me\"");
    }

    @Test
    void withoutATokenTheSchemeAnswersItsPlainChallenge() {
        TestResponse response = client.get("/items");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Not authenticated"));
        assertThat(response.header("www-authenticate")).isEqualTo("Bearer");
        assertThat(currentUser.calls.get()).isZero();
    }

    /** A replacement that reports the scopes it was given where the real provider was used. */
    static final class FakeUser {
        ScopedApp.Seen provide(SecurityScopes scopes) {
            List<String> seen = new java.util.ArrayList<>(List.of("fake"));
            seen.addAll(scopes.scopes());
            return new ScopedApp.Seen(seen);
        }
    }

    @Test
    void anOverrideReplacesEveryUseAndKeepsItsScopes() {
        app.dependencyOverrides().put(CurrentUser.class, new FakeUser());
        assertThat(client.get("/items").json()).isEqualTo(Map.of("required", List.of("fake", "items", "me")));
        assertThat(client.get("/status").json()).isEqualTo(Map.of("required", List.of("fake")));

        app.dependencyOverrides().clear();
        assertThat(client.get("/items").status()).isEqualTo(401);
        assertThat(get("/items", "me,items").json()).isEqualTo(Map.of("required", List.of("items", "me")));
    }

    @Test
    void scopeTextAndChallenge() {
        SecurityScopes scopes = new SecurityScopes(List.of("items", "me"));
        assertThat(scopes.scopeStr()).isEqualTo("items me");
        assertThat(scopes.bearerChallenge()).isEqualTo("Bearer scope=\"items me\"");
        assertThat(SecurityScopes.NONE.scopeStr()).isEmpty();
        assertThat(SecurityScopes.NONE.bearerChallenge()).isEqualTo("Bearer");
    }

    @SuppressWarnings("unused")
    static final class BadScope {
        @Get("/x")
        String x(@Security(value = CurrentUser.class, scopes = "read items") ScopedApp.Seen user) {
            return "x";
        }
    }

    @SuppressWarnings("unused")
    static final class BothAnnotations {
        @Get("/x")
        String x(@Depends(Plain.class) @Security(value = Plain.class, scopes = "me") String plain) {
            return plain;
        }
    }

    @Test
    void aScopeThatCannotBeAnOAuth2ScopeIsRefusedAtStartup() {
        assertThatThrownBy(() -> App.create().include(new BadScope()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scope \"read items\" is not an OAuth2 scope");
    }

    @Test
    void dependsAndSecurityOnOneParameterAreRefused() {
        assertThatThrownBy(() -> App.create().include(new BothAnnotations()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has both @Depends and @Security");
    }
}
