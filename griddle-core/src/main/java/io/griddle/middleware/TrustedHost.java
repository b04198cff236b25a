package io.griddle.middleware;

import io.griddle.gateway.Gateway;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.WebSocketScope;
import io.griddle.web.GatewayMiddleware;
import java.util.List;

/**
 * Refuses requests whose {@code Host} header names no allowed host, as Starlette's {@code TrustedHostMiddleware}:
 * {@code 400 Invalid host header} (a WebSocket is closed with 1008). A pattern is a host name
 * ({@code example.com}), a wildcard for its subdomains ({@code *.example.com}) or {@code *} for any. When
 * {@code example.com} is refused only because {@code www.example.com} is allowed, the client is redirected there
 * (307), unless {@code wwwRedirect(false)}.
 *
 * <pre>{@code
 * app.wrap(TrustedHost.builder().allowedHosts("example.com", "*.example.com").build());
 * }</pre>
 */
public final class TrustedHost implements GatewayMiddleware {

    private final List<String> allowedHosts;
    private final boolean allowAny;
    private final boolean wwwRedirect;

    private TrustedHost(Builder builder) {
        this.allowedHosts = List.copyOf(builder.hosts);
        this.allowAny = allowedHosts.contains("*");
        this.wwwRedirect = builder.wwwRedirect;
    }

    /** A builder that allows any host (Starlette's default) until {@link Builder#allowedHosts} narrows it. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Gateway wrap(Gateway next) {
        return (scope, receive, send) -> {
            if (allowAny || !(scope instanceof HttpScope || scope instanceof WebSocketScope)) {
                return next.call(scope, receive, send);
            }
            ScopeUrl url = ScopeUrl.of(scope);
            String host = url.hostname();
            boolean wwwMatch = false;
            for (String pattern : allowedHosts) {
                if (host.equals(pattern) || (pattern.startsWith("*") && host.endsWith(pattern.substring(1)))) {
                    return next.call(scope, receive, send);
                }
                if (pattern.equals("www." + host)) {
                    wwwMatch = true;
                }
            }
            if (wwwMatch && wwwRedirect && scope instanceof HttpScope) {
                return Replies.redirect(
                        send, 307, url.withHost("www." + url.host()).toString());
            }
            return Replies.refuse(scope, send, 400, "Invalid host header");
        };
    }

    /** Settings of {@link TrustedHost}. */
    public static final class Builder {
        private final java.util.ArrayList<String> hosts = new java.util.ArrayList<>();
        private boolean wwwRedirect = true;

        private Builder() {}

        /** Host patterns allowed: {@code example.com}, {@code *.example.com}, or {@code *}. */
        public Builder allowedHosts(String... patterns) {
            for (String pattern : patterns) {
                if (pattern.indexOf('*', 1) >= 0
                        || (pattern.startsWith("*") && !pattern.equals("*") && !pattern.startsWith("*."))) {
                    throw new IllegalArgumentException(
                            "a wildcard host pattern is '*' or starts with '*.' (\"*.example.com\"): " + pattern);
                }
                hosts.add(pattern);
            }
            return this;
        }

        /** Whether {@code example.com} is redirected to an allowed {@code www.example.com} (on by default). */
        public Builder wwwRedirect(boolean redirect) {
            this.wwwRedirect = redirect;
            return this;
        }

        public TrustedHost build() {
            if (hosts.isEmpty()) {
                hosts.add("*");
            }
            return new TrustedHost(this);
        }
    }
}
