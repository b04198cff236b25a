package io.griddle.middleware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.http.Json;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Starlette's session behaviour: a signed cookie, refused when altered or expired, cleared when emptied. */
class SessionsTest {

    private static final String KEY = "a-test-key-of-at-least-thirty-two-bytes";

    private static WebApp app(Sessions sessions) {
        return new WebApp()
                .get("/view", Endpoint.async(r -> CompletableFuture.completedFuture(Response.json(r.session()))))
                .get("/update", Endpoint.async(r -> {
                    r.session().put("some", "data");
                    return CompletableFuture.completedFuture(Response.json(r.session()));
                }))
                .get("/clear", Endpoint.async(r -> {
                    r.session().clear();
                    return CompletableFuture.completedFuture(Response.json(r.session()));
                }))
                .use(sessions);
    }

    private static Map<?, ?> data(byte[] json) {
        return Json.read(json, Map.class);
    }

    private static String cookieValue(String setCookie) {
        return setCookie.substring("session=".length(), setCookie.indexOf(';'));
    }

    @Test
    void aSessionIsSignedIntoACookieReadBackAndClearedWhenEmptied() throws Exception {
        try (Driver client = new Driver(app(Sessions.builder(KEY).build()))) {
            Driver.Answer empty = client.get("/view");
            assertThat(data(empty.body())).isEmpty();
            assertThat(empty.header("set-cookie")).isNull();

            Driver.Answer updated = client.get("/update");
            String setCookie = updated.header("set-cookie");
            assertThat(setCookie)
                    .startsWith("session=")
                    .endsWith("; path=/; Max-Age=1209600; httponly; samesite=lax")
                    .doesNotContain("secure");

            String cookie = "session=" + cookieValue(setCookie);
            Driver.Answer viewed = client.get("/view", "cookie", cookie);
            assertThat(data(viewed.body())).isEqualTo(Map.of("some", "data"));

            Driver.Answer cleared = client.get("/clear", "cookie", cookie);
            assertThat(cleared.header("set-cookie"))
                    .isEqualTo("session=null; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT; httponly; samesite=lax");
        }
    }

    @Test
    void anAlteredCookieGivesAnEmptySession() throws Exception {
        try (Driver client = new Driver(app(Sessions.builder(KEY).build()))) {
            String value = cookieValue(client.get("/update").header("set-cookie"));
            String forged =
                    java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"some\":\"admin\"}".getBytes())
                            + value.substring(value.indexOf('.'));
            assertThat(data(client.get("/view", "cookie", "session=" + forged).body()))
                    .isEmpty();
            assertThat(data(client.get("/view", "cookie", "session=garbage").body()))
                    .isEmpty();
            // Signed with another key: refused too.
            try (Driver other = new Driver(app(Sessions.builder(KEY + "-other").build()))) {
                assertThat(data(other.get("/view", "cookie", "session=" + value).body()))
                        .isEmpty();
            }
        }
    }

    @Test
    void anExpiredCookieGivesAnEmptySession() throws Exception {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        Sessions sessions =
                Sessions.builder(KEY).maxAge(Duration.ofHours(1)).clock(clock).build();
        try (Driver client = new Driver(app(sessions))) {
            String cookie = "session=" + cookieValue(client.get("/update").header("set-cookie"));
            now.set(now.get().plusSeconds(3599));
            assertThat(data(client.get("/view", "cookie", cookie).body())).isEqualTo(Map.of("some", "data"));
            now.set(now.get().plusSeconds(2));
            assertThat(data(client.get("/view", "cookie", cookie).body())).isEmpty();
        }
    }

    @Test
    void httpsOnlySameSiteAndDomainAreInTheCookie() throws Exception {
        Sessions sessions = Sessions.builder(KEY)
                .httpsOnly(true)
                .sameSite("Strict")
                .domain("example.com")
                .path("/app")
                .maxAge(null)
                .build();
        try (Driver client = new Driver(app(sessions))) {
            assertThat(client.get("/update").header("set-cookie"))
                    .endsWith("; path=/app; httponly; samesite=strict; secure; domain=example.com");
        }
    }

    @Test
    void sameSiteNoneNeedsHttpsOnly() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Sessions.builder(KEY).sameSite("none").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs httpsOnly(true)");
        Sessions sessions =
                Sessions.builder(KEY).sameSite("none").httpsOnly(true).build();
        try (Driver client = new Driver(app(sessions))) {
            assertThat(client.get("/update").header("set-cookie")).endsWith("; httponly; samesite=none; secure");
        }
    }

    @Test
    void theKeyIsRequiredAndLongEnough() {
        assertThatThrownBy(() -> Sessions.builder(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secret key");
        assertThatThrownBy(() -> Sessions.builder("short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32");
    }

    @Test
    void sessionWithoutTheMiddlewareSaysWhatIsMissing() throws Exception {
        WebApp app = new WebApp()
                .get("/view", Endpoint.async(r -> CompletableFuture.completedFuture(Response.json(r.session()))));
        try (Driver client = new Driver(app)) {
            assertThat(client.get("/view").status()).isEqualTo(500);
        }
        assertThatThrownBy(() -> new io.griddle.http.Request(
                                new io.griddle.gateway.HttpScope(
                                        "GET",
                                        "/",
                                        "/",
                                        "",
                                        "1.1",
                                        "http",
                                        "",
                                        io.griddle.gateway.Headers.EMPTY,
                                        io.griddle.gateway.Connection.IN_PROCESS),
                                () -> new CompletableFuture<>(),
                                Map.of())
                        .session())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Sessions middleware");
    }
}
