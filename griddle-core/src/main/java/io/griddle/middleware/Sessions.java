package io.griddle.middleware;

import io.griddle.http.Json;
import io.griddle.http.Request;
import io.griddle.http.Response;
import io.griddle.http.internal.RequestAccess;
import io.griddle.web.HttpHandler;
import io.griddle.web.Middleware;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Session data in a signed cookie, as Starlette's {@code SessionMiddleware}: {@link Request#session()} is a map read
 * from the cookie (empty when there is none, or it was altered or has expired) and written back, signed with
 * HMAC-SHA256, on every response while it is not empty; emptied, the cookie is cleared. The data is readable by the
 * client (signed, not encrypted): keep secrets out of it. Defaults: cookie {@code session}, path {@code /}, max age
 * 14 days, {@code SameSite=lax}, {@code HttpOnly}; {@code httpsOnly(true)} adds {@code Secure}. The key has no
 * default: give one of at least 32 bytes, kept out of the source.
 *
 * <pre>{@code
 * app.use(Sessions.builder(System.getenv("SESSION_SECRET")).httpsOnly(true).build());
 * // in a handler:
 * request.session().put("cart", List.of("cheeseburger"));
 * }</pre>
 */
public final class Sessions implements Middleware {

    private static final RequestAccess REQUESTS = RequestAccess.get();
    private static final int MIN_KEY_BYTES = 32;

    private final SessionSigner signer;
    private final String cookie;
    private final long maxAge;
    private final String path;
    private final String flags;
    private final String clearing;
    private final Clock clock;

    private Sessions(Builder builder) {
        this.signer = new SessionSigner(builder.key);
        this.cookie = builder.cookie;
        this.maxAge = builder.maxAge == null ? 0 : builder.maxAge.toSeconds();
        this.path = builder.path;
        this.clock = builder.clock;
        String security = "httponly; samesite=" + builder.sameSite + (builder.httpsOnly ? "; secure" : "")
                + (builder.domain != null ? "; domain=" + builder.domain : "");
        this.flags = security;
        this.clearing = cookie + "=null; path=" + path + "; expires=Thu, 01 Jan 1970 00:00:00 GMT; " + security;
    }

    /**
     * A builder with the secret key that signs the cookies: at least 32 bytes of UTF-8, kept out of the source.
     *
     * @throws IllegalArgumentException when the key is missing or shorter
     */
    public static Builder builder(String secretKey) {
        if (secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("Sessions needs a secret key: give one of at least " + MIN_KEY_BYTES
                    + " bytes, e.g. from an environment variable (openssl rand -hex 32)");
        }
        byte[] key = secretKey.getBytes(StandardCharsets.UTF_8);
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the Sessions secret key is " + key.length + " bytes; give at least "
                    + MIN_KEY_BYTES + " (openssl rand -hex 32)");
        }
        return new Builder(key);
    }

    @Override
    public CompletionStage<Response> handle(Request request, HttpHandler next) throws Exception {
        Map<String, Object> session = read(request.cookie(cookie));
        boolean wasEmpty = session.isEmpty();
        REQUESTS.session(request, session);
        return next.handle(request).thenApply(response -> {
            if (!session.isEmpty()) {
                byte[] data = Json.write(session);
                String value = signer.sign(data, clock.instant().getEpochSecond());
                response.header(
                        "set-cookie",
                        cookie + "=" + value + "; path=" + path + "; " + (maxAge > 0 ? "Max-Age=" + maxAge + "; " : "")
                                + flags);
            } else if (!wasEmpty) {
                response.header("set-cookie", clearing);
            }
            return response;
        });
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String value) {
        Map<String, Object> session = new LinkedHashMap<>();
        if (value != null && !value.isEmpty()) {
            byte[] data = signer.unsign(value, clock.instant().getEpochSecond(), maxAge);
            if (data != null) {
                try {
                    session.putAll(Json.read(data, Map.class));
                } catch (RuntimeException notJson) {
                    // signed by us, so only a key reused elsewhere gets here: start afresh
                }
            }
        }
        return session;
    }

    /** Settings of {@link Sessions}. */
    public static final class Builder {
        private final byte[] key;
        private String cookie = "session";
        private Duration maxAge = Duration.ofDays(14);
        private String path = "/";
        private String sameSite = "lax";
        private boolean httpsOnly;
        private String domain;
        private Clock clock = Clock.systemUTC();

        private Builder(byte[] key) {
            this.key = key;
        }

        /** The cookie's name ({@code session}). */
        public Builder cookieName(String name) {
            this.cookie = Objects.requireNonNull(name, "name");
            return this;
        }

        /** How long a session lasts (14 days); {@code null} for a browser-session cookie with no expiry check. */
        public Builder maxAge(Duration maxAge) {
            this.maxAge = maxAge;
            return this;
        }

        /** The cookie's path ({@code /}). */
        public Builder path(String path) {
            this.path = Objects.requireNonNull(path, "path");
            return this;
        }

        /** {@code lax} (the default), {@code strict} or {@code none}. */
        public Builder sameSite(String sameSite) {
            String value = sameSite.toLowerCase(java.util.Locale.ROOT);
            if (!value.equals("lax") && !value.equals("strict") && !value.equals("none")) {
                throw new IllegalArgumentException("sameSite is lax, strict or none: " + sameSite);
            }
            this.sameSite = value;
            return this;
        }

        /** Whether the cookie is sent over HTTPS only ({@code Secure}); off by default. */
        public Builder httpsOnly(boolean httpsOnly) {
            this.httpsOnly = httpsOnly;
            return this;
        }

        /** The cookie's domain, to share it with subdomains; none by default. */
        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        /** The clock that dates cookies and checks their age (for tests). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @throws IllegalStateException for {@code sameSite("none")} without {@code httpsOnly(true)}: browsers drop
         *     a {@code SameSite=None} cookie that is not {@code Secure}
         */
        public Sessions build() {
            if (sameSite.equals("none") && !httpsOnly) {
                throw new IllegalStateException(
                        "Sessions: sameSite(\"none\") needs httpsOnly(true); browsers refuse SameSite=None cookies"
                                + " without Secure");
            }
            return new Sessions(this);
        }
    }
}
