package io.griddle.server.http1;

import io.griddle.gateway.Gateway;
import io.netty.util.AsciiString;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every HTTP/1.1 connection of one server shares: the application, the limits and timeouts, the headers added
 * to responses, and the counters. Built once per server.
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
 * @param accessLog         log each request
 * @param running           requests served right now, for the concurrency limit
 * @param proxies           whose forwarding headers to apply, or {@code null} to apply none
 * @param rootPath          the prefix the application is served under, or empty
 */
public record Http1Settings(Gateway app, ConnectionTracker tracker, long maxBodySize, int limitConcurrency,
                            long keepAliveNanos, long headerReadNanos, long requestNanos, boolean serverHeader,
                            boolean dateHeader, List<Map.Entry<AsciiString, String>> extraHeaders, boolean accessLog,
                            AtomicInteger running, TrustedProxies proxies, String rootPath) {

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
}
