package io.griddle.middleware;

import io.griddle.gateway.Gateway;
import io.griddle.gateway.HeaderList;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Message;
import io.griddle.gateway.Send;
import io.griddle.web.GatewayMiddleware;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Cross-Origin Resource Sharing, as Starlette's {@code CORSMiddleware} with its defaults: no origin, {@code GET}
 * only, no extra header, no credentials, nothing exposed, preflights cached 600 s. A request without {@code Origin}
 * passes untouched. A preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) is answered here:
 * {@code 200 OK}, or {@code 400 Disallowed CORS origin, method, headers} naming what was refused. Other requests go
 * to the application and their response gets {@code Access-Control-Allow-Origin} (the origin itself with
 * {@code Vary: Origin} when the origins are listed or a cookie was sent, {@code *} otherwise), credentials and
 * exposed headers. Unlike Starlette, any origin ({@code "*"}) with credentials is refused at startup: a browser
 * never accepts {@code *} with credentials, and mirroring every origin instead would hand every site the user's
 * session.
 *
 * <pre>{@code
 * app.wrap(Cors.builder()
 *         .allowOrigins("https://shop.example", "http://localhost:8080")
 *         .allowOriginRegex("https://.*\\.shop\\.example")
 *         .allowMethods("*").allowHeaders("*").allowCredentials(true)
 *         .exposeHeaders("x-total-count").maxAge(3600)
 *         .build());
 * }</pre>
 */
public final class Cors implements GatewayMiddleware {

    private static final List<String> ALL_METHODS = List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");
    private static final Set<String> SAFELISTED_HEADERS =
            Set.of("accept", "accept-language", "content-language", "content-type");

    private final boolean allowAllOrigins;
    private final Set<String> allowOrigins;
    private final Pattern allowOriginRegex;
    private final List<String> allowMethods;
    private final boolean allowAllHeaders;
    private final Set<String> allowHeaders;
    private final boolean explicitOriginOnPreflight;
    private final String[] simpleHeaders; // names and values, set on every response to a request with an Origin
    private final String[] preflightHeaders;

    private Cors(Builder builder) {
        allowAllOrigins = builder.origins.contains("*");
        allowOrigins = Set.copyOf(builder.origins);
        allowOriginRegex = builder.originRegex == null ? null : Pattern.compile(builder.originRegex);
        List<String> methods = builder.methodsSet ? builder.methods : List.of("GET");
        allowMethods = methods.contains("*") ? ALL_METHODS : List.copyOf(methods);
        allowAllHeaders = builder.headers.contains("*");
        TreeSet<String> headers = new TreeSet<>(SAFELISTED_HEADERS);
        builder.headers.forEach(h -> headers.add(h.toLowerCase(Locale.ROOT)));
        allowHeaders = Set.copyOf(headers);
        explicitOriginOnPreflight = !allowAllOrigins || builder.credentials;

        List<String> simple = new ArrayList<>();
        if (allowAllOrigins) {
            simple.addAll(List.of("access-control-allow-origin", "*"));
        }
        if (builder.credentials) {
            simple.addAll(List.of("access-control-allow-credentials", "true"));
        }
        if (!builder.expose.isEmpty()) {
            simple.addAll(List.of("access-control-expose-headers", String.join(", ", builder.expose)));
        }
        simpleHeaders = simple.toArray(String[]::new);

        List<String> preflight = new ArrayList<>();
        if (explicitOriginOnPreflight) {
            preflight.addAll(List.of("vary", "Origin"));
        } else {
            preflight.addAll(List.of("access-control-allow-origin", "*"));
        }
        preflight.addAll(List.of("access-control-allow-methods", String.join(", ", allowMethods)));
        preflight.addAll(List.of("access-control-max-age", Integer.toString(builder.maxAge)));
        if (!allowAllHeaders) {
            // As Starlette lists them: the safelisted names and the application's, as given, sorted.
            TreeSet<String> shown =
                    new TreeSet<>(List.of("Accept", "Accept-Language", "Content-Language", "Content-Type"));
            shown.addAll(builder.headers);
            preflight.addAll(List.of("access-control-allow-headers", String.join(", ", shown)));
        }
        if (builder.credentials) {
            preflight.addAll(List.of("access-control-allow-credentials", "true"));
        }
        preflightHeaders = preflight.toArray(String[]::new);
    }

    /** A builder with Starlette's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Gateway wrap(Gateway next) {
        return (scope, receive, send) -> {
            if (!(scope instanceof HttpScope http)) {
                return next.call(scope, receive, send);
            }
            Headers request = http.headers();
            String origin = request.get("origin");
            if (origin == null) {
                return next.call(scope, receive, send);
            }
            if (http.method().equals("OPTIONS") && request.contains("access-control-request-method")) {
                return preflight(request, origin, send);
            }
            boolean cookie = request.contains("cookie");
            return next.call(scope, receive, message -> send.send(simple(message, origin, cookie)));
        };
    }

    private boolean allowed(String origin) {
        return allowAllOrigins
                || (allowOriginRegex != null && allowOriginRegex.matcher(origin).matches())
                || allowOrigins.contains(origin);
    }

    private java.util.concurrent.CompletionStage<Void> preflight(Headers request, String origin, Send send) {
        HeaderList headers = new HeaderList(preflightHeaders.length / 2 + 3);
        for (int i = 0; i < preflightHeaders.length; i += 2) {
            headers.add(preflightHeaders[i], preflightHeaders[i + 1]);
        }
        List<String> failures = new ArrayList<>(3);
        if (allowed(origin)) {
            if (explicitOriginOnPreflight) {
                headers.set("access-control-allow-origin", origin);
            }
        } else {
            failures.add("origin");
        }
        if (!allowMethods.contains(request.get("access-control-request-method"))) {
            failures.add("method");
        }
        String requested = request.get("access-control-request-headers");
        if (allowAllHeaders && requested != null) {
            headers.set("access-control-allow-headers", requested);
        } else if (requested != null) {
            for (String header : requested.split(",")) {
                if (!allowHeaders.contains(header.strip().toLowerCase(Locale.ROOT))) {
                    failures.add("headers");
                    break;
                }
            }
        }
        if (!failures.isEmpty()) {
            return Replies.text(send, 400, headers, "Disallowed CORS " + String.join(", ", failures));
        }
        return Replies.text(send, 200, headers, "OK");
    }

    private Message simple(Message message, String origin, boolean cookie) {
        if (!(message instanceof HttpMessage.ResponseStart start)) {
            return message;
        }
        // With cookies a browser refuses '*': the origin itself is named, and caches told the answer varies by it.
        boolean mirror = allowAllOrigins ? cookie : allowed(origin);
        if (!mirror && simpleHeaders.length == 0) {
            return message; // an origin not allowed, and nothing to add: the response as it is
        }
        HeaderList headers = HeaderEdits.copy(start.headers());
        for (int i = 0; i < simpleHeaders.length; i += 2) {
            headers.set(simpleHeaders[i], simpleHeaders[i + 1]);
        }
        if (mirror) {
            headers.set("access-control-allow-origin", origin);
            HeaderEdits.addVary(headers, "Origin");
        }
        return new HttpMessage.ResponseStart(start.status(), headers);
    }

    /** Settings of {@link Cors}; each list setting adds to what was given before. */
    public static final class Builder {
        private final List<String> origins = new ArrayList<>();
        private String originRegex;
        private final List<String> methods = new ArrayList<>();
        private final List<String> headers = new ArrayList<>();
        private boolean credentials;
        private final List<String> expose = new ArrayList<>();
        private int maxAge = 600;
        private boolean methodsSet;

        private Builder() {}

        /** Origins allowed ({@code https://shop.example}); {@code "*"} allows any. None by default. */
        public Builder allowOrigins(String... origins) {
            this.origins.addAll(List.of(origins));
            return this;
        }

        /** A regular expression an allowed origin matches as a whole ({@code https://.*\.example\.org}). */
        public Builder allowOriginRegex(String regex) {
            this.originRegex = regex;
            return this;
        }

        /** Methods allowed in preflights; {@code "*"} for all. {@code GET} alone by default. */
        public Builder allowMethods(String... methods) {
            methodsSet = true;
            this.methods.addAll(List.of(methods));
            return this;
        }

        /** Request headers allowed beyond the safelisted ones; {@code "*"} for any. */
        public Builder allowHeaders(String... headers) {
            this.headers.addAll(List.of(headers));
            return this;
        }

        /** Whether cookies and credentials may be sent cross-origin ({@code false} by default). */
        public Builder allowCredentials(boolean allow) {
            this.credentials = allow;
            return this;
        }

        /** Response headers the browser lets scripts read. */
        public Builder exposeHeaders(String... headers) {
            this.expose.addAll(List.of(headers));
            return this;
        }

        /** How long, in seconds, a browser may cache a preflight's answer (600 by default). */
        public Builder maxAge(int seconds) {
            if (seconds < 0) {
                throw new IllegalArgumentException("maxAge is 0 or more seconds: " + seconds);
            }
            this.maxAge = seconds;
            return this;
        }

        /**
         * @throws IllegalArgumentException for {@code allowOrigins("*")} with {@code allowCredentials(true)}: that
         *     would let every site make requests with the user's cookies and read the answers; list the origins
         */
        public Cors build() {
            if (credentials && origins.contains("*")) {
                throw new IllegalArgumentException("Cors: allowOrigins(\"*\") with allowCredentials(true) would let"
                        + " any site send requests with the user's cookies and read the answers; list the origins"
                        + " (or an allowOriginRegex) instead");
            }
            if (originRegex != null) {
                Pattern.compile(originRegex); // fails here, at startup, on a bad expression
            }
            return new Cors(this);
        }
    }
}
