package io.griddle.middleware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Starlette's CORS behaviour: preflights answered here, simple responses decorated, others untouched. */
class CorsTest {

    private static WebApp app(Cors cors) {
        return new WebApp()
                .route(
                        Set.of("GET", "POST", "PUT", "DELETE"),
                        "/",
                        Endpoint.async(r -> CompletableFuture.completedFuture(Response.text("Homepage"))))
                .wrap(cors);
    }

    @Test
    void anyOriginWithCredentialsIsRefusedAtStartup() {
        // Starlette mirrors every origin here, which lets any site make credentialed requests: Griddle refuses it.
        assertThatThrownBy(() -> Cors.builder()
                        .allowOrigins("*")
                        .allowMethods("*")
                        .allowCredentials(true)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowOrigins(\"*\") with allowCredentials(true)");
        assertThatThrownBy(() -> Cors.builder()
                        .allowOrigins("https://shop.example", "*")
                        .allowCredentials(true)
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listedOriginsWithCredentialsAreNamedNeverAStar() throws Exception {
        Cors cors = Cors.builder()
                .allowOrigins("https://example.org")
                .allowHeaders("*")
                .allowMethods("*")
                .exposeHeaders("X-Status")
                .allowCredentials(true)
                .build();
        try (Driver client = new Driver(app(cors))) {
            Driver.Answer preflight = client.send(
                    "OPTIONS",
                    "http",
                    "/",
                    "origin",
                    "https://example.org",
                    "access-control-request-method",
                    "GET",
                    "access-control-request-headers",
                    "X-Example");
            assertThat(preflight.status()).isEqualTo(200);
            assertThat(preflight.header("access-control-allow-origin")).isEqualTo("https://example.org");
            assertThat(preflight.header("access-control-allow-credentials")).isEqualTo("true");
            assertThat(preflight.header("vary")).isEqualTo("Origin");

            for (String cookie : new String[] {null, "star_cookie=sugar"}) {
                Driver.Answer simple = cookie == null
                        ? client.get("/", "origin", "https://example.org")
                        : client.get("/", "origin", "https://example.org", "cookie", cookie);
                assertThat(simple.text()).isEqualTo("Homepage");
                assertThat(simple.header("access-control-allow-origin")).isEqualTo("https://example.org");
                assertThat(simple.header("access-control-allow-credentials")).isEqualTo("true");
                assertThat(simple.header("vary")).isEqualTo("Origin");
            }

            Driver.Answer stranger = client.get("/", "origin", "https://evil.example", "cookie", "a=b");
            assertThat(stranger.header("access-control-allow-origin")).isNull();
            Driver.Answer strangerPreflight = client.send(
                    "OPTIONS", "http", "/", "origin", "https://evil.example", "access-control-request-method", "GET");
            assertThat(strangerPreflight.status()).isEqualTo(400);
            assertThat(strangerPreflight.header("access-control-allow-origin")).isNull();
        }
    }

    @Test
    void allowAllWithoutCredentialsAnswersAStar() throws Exception {
        Cors cors = Cors.builder()
                .allowOrigins("*")
                .allowHeaders("*")
                .allowMethods("*")
                .exposeHeaders("X-Status")
                .build();
        try (Driver client = new Driver(app(cors))) {
            Driver.Answer preflight = client.send(
                    "OPTIONS",
                    "http",
                    "/",
                    "origin",
                    "https://example.org",
                    "access-control-request-method",
                    "GET",
                    "access-control-request-headers",
                    "X-Example");
            assertThat(preflight.header("access-control-allow-origin")).isEqualTo("*");
            assertThat(preflight.header("access-control-allow-credentials")).isNull();
            assertThat(preflight.header("vary")).isNull();
            assertThat(preflight.header("access-control-allow-methods"))
                    .isEqualTo("DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT");
        }
    }

    @Test
    void specificOriginsAreMirroredWithVaryAndTheSafelistedHeadersListed() throws Exception {
        Cors cors = Cors.builder()
                .allowOrigins("https://example.org")
                .allowHeaders("X-Example", "Content-Type")
                .maxAge(3600)
                .build();
        try (Driver client = new Driver(app(cors))) {
            Driver.Answer preflight = client.send(
                    "OPTIONS",
                    "http",
                    "/",
                    "origin",
                    "https://example.org",
                    "access-control-request-method",
                    "GET",
                    "access-control-request-headers",
                    "X-Example, Content-Type");
            assertThat(preflight.status()).isEqualTo(200);
            assertThat(preflight.header("access-control-allow-origin")).isEqualTo("https://example.org");
            assertThat(preflight.header("access-control-allow-headers"))
                    .isEqualTo("Accept, Accept-Language, Content-Language, Content-Type, X-Example");
            assertThat(preflight.header("access-control-allow-methods")).isEqualTo("GET");
            assertThat(preflight.header("access-control-max-age")).isEqualTo("3600");

            Driver.Answer simple = client.get("/", "origin", "https://example.org");
            assertThat(simple.header("access-control-allow-origin")).isEqualTo("https://example.org");
            assertThat(simple.header("vary")).isEqualTo("Origin");
            assertThat(simple.header("access-control-allow-credentials")).isNull();

            Driver.Answer other = client.get("/", "origin", "https://another.org");
            assertThat(other.text()).isEqualTo("Homepage"); // served: the browser enforces the refusal
            assertThat(other.header("access-control-allow-origin")).isNull();
        }
    }

    @Test
    void aDisallowedPreflightIs400NamingWhatWasRefused() throws Exception {
        Cors cors = Cors.builder()
                .allowOrigins("https://example.org")
                .allowHeaders("X-Example")
                .build();
        try (Driver client = new Driver(app(cors))) {
            Driver.Answer refused = client.send(
                    "OPTIONS",
                    "http",
                    "/",
                    "origin",
                    "https://another.org",
                    "access-control-request-method",
                    "POST",
                    "access-control-request-headers",
                    "X-Nope");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text()).isEqualTo("Disallowed CORS origin, method, headers");
            assertThat(refused.header("access-control-allow-origin")).isNull();

            Driver.Answer headers = client.send(
                    "OPTIONS",
                    "http",
                    "/",
                    "origin",
                    "https://example.org",
                    "access-control-request-method",
                    "GET",
                    "access-control-request-headers",
                    "X-Nope-1, X-Nope-2");
            assertThat(headers.text()).isEqualTo("Disallowed CORS headers");
        }
    }

    @Test
    void theOriginRegexMustMatchTheWholeOrigin() throws Exception {
        Cors cors = Cors.builder()
                .allowOriginRegex("https://.*\\.example\\.org")
                .allowCredentials(true)
                .build();
        try (Driver client = new Driver(app(cors))) {
            Driver.Answer allowed = client.get("/", "origin", "https://sub.example.org");
            assertThat(allowed.header("access-control-allow-origin")).isEqualTo("https://sub.example.org");
            assertThat(allowed.header("access-control-allow-credentials")).isEqualTo("true");

            Driver.Answer suffix = client.get("/", "origin", "https://sub.example.org.evil.com");
            assertThat(suffix.header("access-control-allow-origin")).isNull();

            Driver.Answer preflight = client.send(
                    "OPTIONS", "http", "/", "origin", "https://evil.com", "access-control-request-method", "GET");
            assertThat(preflight.status()).isEqualTo(400);
            assertThat(preflight.text()).isEqualTo("Disallowed CORS origin");
        }
    }

    @Test
    void varyKeepsWhatTheApplicationSet() throws Exception {
        WebApp app = new WebApp()
                .get(
                        "/",
                        Endpoint.async(r -> CompletableFuture.completedFuture(
                                Response.text("x").header("vary", "Accept-Encoding"))))
                .wrap(Cors.builder().allowOrigins("https://example.org").build());
        try (Driver client = new Driver(app)) {
            assertThat(client.get("/", "origin", "https://example.org").header("vary"))
                    .isEqualTo("Accept-Encoding, Origin");
        }
    }

    @Test
    void aPlainOptionsRequestWithAnOriginReachesTheApplication() throws Exception {
        WebApp app = new WebApp()
                .route(
                        Set.of("OPTIONS"),
                        "/",
                        Endpoint.async(r -> CompletableFuture.completedFuture(Response.text("mine"))))
                .wrap(Cors.builder().allowOrigins("*").build());
        try (Driver client = new Driver(app)) {
            Driver.Answer answer = client.send("OPTIONS", "http", "/", "origin", "https://example.org");
            assertThat(answer.text()).isEqualTo("mine");
            assertThat(answer.header("access-control-allow-origin")).isEqualTo("*");
        }
    }
}
