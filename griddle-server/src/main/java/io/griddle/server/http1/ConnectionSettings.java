package io.griddle.server.http1;

import io.griddle.gateway.Gateway;
import io.griddle.server.WebSocketConfig;
import io.griddle.server.logging.AccessLogWriter;
import io.netty.util.AsciiString;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every connection of one server shares, HTTP/1.1 connections and HTTP/2 streams alike: the application, the
 * limits and timeouts, the headers added to responses, and the counters. Built once per server, with
 * {@link #builder(Gateway, ConnectionTracker)}.
 *
 * @param app               the application
 * @param tracker           counts requests in flight, for graceful shutdown
 * @param maxBodySize       the largest request body, in bytes; 0 for no limit
 * @param limitConcurrency  the most requests served at once; 0 for no limit
 * @param keepAliveNanos    how long an idle connection stays open
 * @param headerReadNanos   how long a request's line and headers may take to arrive
 * @param requestNanos      how long a request may run; 0 for no limit
 * @param serverHeader      send {@code server: griddle}
 * @param dateHeader        send {@code date}
 * @param extraHeaders      added to every response the application did not set them on
 * @param accessLog         where each request's line goes, or {@code null} for no access log
 * @param running           requests served right now, for the concurrency limit
 * @param proxies           whose forwarding headers to apply, or {@code null} to apply none
 * @param rootPath          the prefix the application is served under, or empty
 * @param webSockets        how WebSocket upgrades are served
 */
public record ConnectionSettings(
        Gateway app,
        ConnectionTracker tracker,
        long maxBodySize,
        int limitConcurrency,
        long keepAliveNanos,
        long headerReadNanos,
        long requestNanos,
        boolean serverHeader,
        boolean dateHeader,
        List<Map.Entry<AsciiString, String>> extraHeaders,
        AccessLogWriter accessLog,
        AtomicInteger running,
        TrustedProxies proxies,
        String rootPath,
        WebSocketConfig webSockets) {

    /** Settings for the application, with every limit off, 60 s timeouts, and {@code server}/{@code date} on. */
    public static Builder builder(Gateway app, ConnectionTracker tracker) {
        return new Builder(app, tracker);
    }

    /** Takes a place under the concurrency limit; false when the limit is reached. */
    boolean tryEnter() {
        if (limitConcurrency == 0) {
            return true;
        }
        while (true) {
            int now = running.get();
            if (now >= limitConcurrency) {
                return false;
            }
            if (running.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /** Gives back a place taken by {@link #tryEnter()}. */
    void leave() {
        if (limitConcurrency != 0) {
            running.decrementAndGet();
        }
    }

    /** Builds {@link ConnectionSettings} by name; each setting not given keeps its default. */
    public static final class Builder {
        private final Gateway app;
        private final ConnectionTracker tracker;
        private long maxBodySize;
        private int limitConcurrency;
        private long keepAliveNanos = Duration.ofSeconds(60).toNanos();
        private long headerReadNanos = Duration.ofSeconds(60).toNanos();
        private long requestNanos;
        private boolean serverHeader = true;
        private boolean dateHeader = true;
        private List<Map.Entry<AsciiString, String>> extraHeaders = List.of();
        private AccessLogWriter accessLog;
        private TrustedProxies proxies;
        private String rootPath = "";
        private WebSocketConfig webSockets = WebSocketConfig.defaults();

        private Builder(Gateway app, ConnectionTracker tracker) {
            this.app = app;
            this.tracker = tracker;
        }

        /** The largest request body, in bytes; 0 for no limit. */
        public Builder maxBodySize(long bytes) {
            this.maxBodySize = bytes;
            return this;
        }

        /** The most requests served at once; 0 for no limit. */
        public Builder limitConcurrency(int requests) {
            this.limitConcurrency = requests;
            return this;
        }

        /** How long an idle connection stays open. */
        public Builder keepAlive(Duration timeout) {
            this.keepAliveNanos = timeout.toNanos();
            return this;
        }

        /** How long a request's line and headers may take to arrive. */
        public Builder headerRead(Duration timeout) {
            this.headerReadNanos = timeout.toNanos();
            return this;
        }

        /** How long a request may run; zero for no limit. */
        public Builder requestTimeout(Duration timeout) {
            this.requestNanos = timeout.toNanos();
            return this;
        }

        /** Whether responses carry {@code server: griddle}. */
        public Builder serverHeader(boolean send) {
            this.serverHeader = send;
            return this;
        }

        /** Whether responses carry {@code date}. */
        public Builder dateHeader(boolean send) {
            this.dateHeader = send;
            return this;
        }

        /** Headers added to every response the application did not set them on. */
        public Builder extraHeaders(List<Map.Entry<String, String>> headers) {
            this.extraHeaders = headers.stream()
                    .map(h -> Map.entry(AsciiString.cached(h.getKey()), h.getValue()))
                    .toList();
            return this;
        }

        /** Where each request's line goes; {@code null} (the default) for no access log. */
        public Builder accessLog(AccessLogWriter log) {
            this.accessLog = log;
            return this;
        }

        /** Whose forwarding headers to apply; {@code null} to apply none. */
        public Builder proxies(TrustedProxies trusted) {
            this.proxies = trusted;
            return this;
        }

        /** The prefix the application is served under, or empty. */
        public Builder rootPath(String prefix) {
            this.rootPath = prefix;
            return this;
        }

        /** How WebSocket upgrades are served. */
        public Builder webSockets(WebSocketConfig config) {
            this.webSockets = config;
            return this;
        }

        public ConnectionSettings build() {
            return new ConnectionSettings(
                    app,
                    tracker,
                    maxBodySize,
                    limitConcurrency,
                    keepAliveNanos,
                    headerReadNanos,
                    requestNanos,
                    serverHeader,
                    dateHeader,
                    extraHeaders,
                    accessLog,
                    new AtomicInteger(),
                    proxies,
                    rootPath,
                    webSockets);
        }
    }
}
