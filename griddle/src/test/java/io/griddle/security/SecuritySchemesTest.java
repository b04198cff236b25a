package io.griddle.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Post;
import io.griddle.http.HttpError;
import io.griddle.http.Json;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each scheme's credentials, 401s with their challenges, optional variants, and the OAuth2 password form. */
class SecuritySchemesTest {

    public static final class Bearer extends OAuth2PasswordBearer {
        public Bearer() {
            super("token");
        }
    }

    public static final class MaybeBearer extends OAuth2PasswordBearer {
        public MaybeBearer() {
            super("token");
            autoError(false).schemeName("MaybeBearer");
        }
    }

    public static final class Basic extends HttpBasic {}

    public static final class RealmBasic extends HttpBasic {
        public RealmBasic() {
            realm("simple").schemeName("RealmBasic");
        }
    }

    public static final class HttpToken extends HttpBearer {}

    public static final class MaybeHttpToken extends HttpBearer {
        public MaybeHttpToken() {
            autoError(false).schemeName("MaybeHttpToken");
        }
    }

    public static final class Digest extends HttpDigest {}

    public static final class KeyInHeader extends ApiKeyHeader {
        public KeyInHeader() {
            super("x-key");
        }
    }

    public static final class KeyInQuery extends ApiKeyQuery {
        public KeyInQuery() {
            super("key");
        }
    }

    public static final class KeyInCookie extends ApiKeyCookie {
        public KeyInCookie() {
            super("session");
        }
    }

    public static final class MaybeKey extends ApiKeyHeader {
        public MaybeKey() {
            super("x-key");
            autoError(false).schemeName("MaybeKey");
        }
    }

    /** A scheme that keeps FastAPI's old answer: 403 without a challenge. */
    public static final class Forbidding extends HttpBearer {
        public Forbidding() {
            schemeName("Forbidding");
        }

        @Override
        protected HttpError notAuthenticated() {
            return new HttpError(403, "Not authenticated");
        }
    }

    @SuppressWarnings("unused")
    static final class Routes {
        @Get("/oauth")
        Map<String, String> oauth(@Depends(Bearer.class) String token) {
            return Map.of("token", token);
        }

        @Get("/maybe-oauth")
        Map<String, String> maybeOauth(@Depends(MaybeBearer.class) Optional<String> token) {
            return Map.of("token", token.orElse("none"));
        }

        @Get("/basic")
        HttpBasicCredentials basic(@Depends(Basic.class) HttpBasicCredentials credentials) {
            return credentials;
        }

        @Get("/realm")
        HttpBasicCredentials realm(@Depends(RealmBasic.class) HttpBasicCredentials credentials) {
            return credentials;
        }

        @Get("/bearer")
        HttpAuthorizationCredentials bearer(@Depends(HttpToken.class) HttpAuthorizationCredentials credentials) {
            return credentials;
        }

        @Get("/maybe-bearer")
        Map<String, Object> maybeBearer(@Depends(MaybeHttpToken.class) Optional<HttpAuthorizationCredentials> c) {
            return Map.of("present", c.isPresent());
        }

        @Get("/digest")
        HttpAuthorizationCredentials digest(@Depends(Digest.class) HttpAuthorizationCredentials credentials) {
            return credentials;
        }

        @Get("/header-key")
        Map<String, String> headerKey(@Depends(KeyInHeader.class) String key) {
            return Map.of("key", key);
        }

        @Get("/query-key")
        Map<String, String> queryKey(@Depends(KeyInQuery.class) String key) {
            return Map.of("key", key);
        }

        @Get("/cookie-key")
        Map<String, String> cookieKey(@Depends(KeyInCookie.class) String key) {
            return Map.of("key", key);
        }

        @Get("/maybe-key")
        Map<String, String> maybeKey(@Depends(MaybeKey.class) Optional<String> key) {
            return Map.of("key", key.orElse("none"));
        }

        @Get("/forbidding")
        String forbidding(@Depends(Forbidding.class) HttpAuthorizationCredentials credentials) {
            return credentials.credentials();
        }

        @Post("/token")
        Map<String, Object> token(@Depends OAuth2PasswordRequestForm form) {
            return Map.of(
                    "username",
                    form.username(),
                    "password",
                    form.password(),
                    "scopes",
                    form.scopes(),
                    "grant_type",
                    form.grantType().orElse("-"),
                    "client_id",
                    form.clientId().orElse("-"));
        }

        @Post("/strict-token")
        Map<String, Object> strictToken(@Depends OAuth2PasswordRequestFormStrict form) {
            return Map.of("grant_type", form.grantType().orElseThrow(), "username", form.username());
        }
    }

    private final TestClient client = TestClient.of(App.create().include(new Routes()));

    @AfterEach
    void close() {
        client.close();
    }

    private TestResponse get(String path, String header, String value) {
        return client.request("GET", path).header(header, value).send();
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertNotAuthenticated(TestResponse response, String challenge) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Not authenticated"));
        assertThat(response.header("www-authenticate")).isEqualTo(challenge);
    }

    @Test
    void oauth2BearerGivesTheToken() {
        assertThat(get("/oauth", "authorization", "Bearer abc").json()).isEqualTo(Map.of("token", "abc"));
        assertThat(get("/oauth", "authorization", "bearer abc").json()).isEqualTo(Map.of("token", "abc"));
        assertNotAuthenticated(client.get("/oauth"), "Bearer");
        assertNotAuthenticated(get("/oauth", "authorization", "Basic abc"), "Bearer");
        assertNotAuthenticated(get("/oauth", "authorization", ""), "Bearer");
    }

    @Test
    void withoutAutoErrorMissingCredentialsAreEmpty() {
        assertThat(client.get("/maybe-oauth").json()).isEqualTo(Map.of("token", "none"));
        assertThat(get("/maybe-oauth", "authorization", "Bearer t").json()).isEqualTo(Map.of("token", "t"));
        assertThat(client.get("/maybe-bearer").json()).isEqualTo(Map.of("present", false));
        assertThat(client.get("/maybe-key").json()).isEqualTo(Map.of("key", "none"));
        assertThat(get("/maybe-key", "x-key", "k").json()).isEqualTo(Map.of("key", "k"));
    }

    @Test
    void httpBasicDecodesUserAndPassword() {
        assertThat(get("/basic", "authorization", basic("john:sec:ret")).json())
                .isEqualTo(Map.of("username", "john", "password", "sec:ret"));
        assertNotAuthenticated(client.get("/basic"), "Basic");
        assertNotAuthenticated(get("/basic", "authorization", "Bearer abc"), "Basic");
        assertNotAuthenticated(get("/basic", "authorization", "Basic notabase64token"), "Basic");
        assertNotAuthenticated(get("/basic", "authorization", basic("johnsecret")), "Basic");
        assertNotAuthenticated(get("/basic", "authorization", basic("jöhn:secret")), "Basic"); // not ASCII
        assertNotAuthenticated(get("/realm", "authorization", "Basic"), "Basic realm=\"simple\"");
    }

    @Test
    void httpBearerAndDigestGiveSchemeAndCredentials() {
        assertThat(get("/bearer", "authorization", "Bearer abc").json())
                .isEqualTo(Map.of("scheme", "Bearer", "credentials", "abc"));
        assertNotAuthenticated(get("/bearer", "authorization", "Bearer"), "Bearer");
        assertNotAuthenticated(get("/bearer", "authorization", "Basic abc"), "Bearer");
        assertThat(get("/digest", "authorization", "Digest a=1").json())
                .isEqualTo(Map.of("scheme", "Digest", "credentials", "a=1"));
        assertNotAuthenticated(client.get("/digest"), "Digest");
    }

    @Test
    void apiKeysFromHeaderQueryAndCookie() {
        assertThat(get("/header-key", "x-key", "k1").json()).isEqualTo(Map.of("key", "k1"));
        assertThat(client.get("/query-key?key=k2").json()).isEqualTo(Map.of("key", "k2"));
        assertThat(get("/cookie-key", "cookie", "session=k3").json()).isEqualTo(Map.of("key", "k3"));
        assertNotAuthenticated(client.get("/header-key"), "APIKey");
        assertNotAuthenticated(client.get("/query-key?key="), "APIKey");
        assertNotAuthenticated(client.get("/cookie-key"), "APIKey");
    }

    @Test
    void theErrorCanBeChanged() {
        TestResponse response = client.get("/forbidding");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Not authenticated"));
        assertThat(response.header("www-authenticate")).isNull();
    }

    @Test
    void thePasswordFormReadsItsFields() {
        TestResponse response = client.request("POST", "/token")
                .form(Map.of(
                        "username",
                        "ann",
                        "password",
                        "pw",
                        "scope",
                        "items:read  me",
                        "grant_type",
                        "password",
                        "client_id",
                        ""))
                .send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .isEqualTo(Map.of(
                        "username",
                        "ann",
                        "password",
                        "pw",
                        "scopes",
                        java.util.List.of("items:read", "me"),
                        "grant_type",
                        "password",
                        "client_id",
                        "-"));
    }

    @Test
    void thePasswordFormValidatesAsFastApi() {
        TestResponse missing = client.request("POST", "/token")
                .form(Map.of("grant_type", "other"))
                .send();
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json()).isEqualTo(Json.read("""
                {"detail":[
                 {"type":"string_pattern_mismatch","loc":["body","grant_type"],
                  "msg":"String should match pattern '^password$'","input":"other","ctx":{"pattern":"^password$"}},
                 {"type":"missing","loc":["body","username"],"msg":"Field required","input":null},
                 {"type":"missing","loc":["body","password"],"msg":"Field required","input":null}]}""".getBytes(StandardCharsets.UTF_8), Object.class));

        TestResponse strict = client.request("POST", "/strict-token")
                .form(Map.of("username", "ann", "password", "pw"))
                .send();
        assertThat(strict.status()).isEqualTo(422);
        assertThat(strict.text()).contains("\"loc\":[\"body\",\"grant_type\"]", "\"type\":\"missing\"");
        assertThat(client.request("POST", "/strict-token")
                        .form(Map.of("username", "ann", "password", "pw", "grant_type", "password"))
                        .send()
                        .json())
                .isEqualTo(Map.of("grant_type", "password", "username", "ann"));
    }

    @Test
    void secretsCompareByContent() {
        assertThat(Secrets.compareDigest("swordfish", "swordfish")).isTrue();
        assertThat(Secrets.compareDigest("swordfish", "swordfisH")).isFalse();
        assertThat(Secrets.compareDigest("sword", "swordfish")).isFalse();
        assertThat(Secrets.compareDigest("", "")).isTrue();
        assertThat(Secrets.compareDigest(new byte[] {1, 2}, new byte[] {1, 2})).isTrue();
        assertThat(Secrets.compareDigest(new byte[] {1, 2}, new byte[] {1, 3})).isFalse();
    }
}
