package io.griddle.server.http1;

import io.netty.channel.ChannelHandlerContext;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection's own timeouts: the keep-alive timeout closes a connection idle between requests, the header-read
 * timeout one whose request head takes too long to arrive (a slowloris client trickling bytes). One timer per
 * connection, re-armed for the next deadline, no task per request. (A request's own timeout is its stream's.)
 */
final class ConnectionTimeouts {

    /** What the timeouts ask of their connection. */
    interface Watched {
        /** Whether the connection has ended or only lingers before closing: no timeout applies any more. */
        boolean over();

        /** Whether a request is in flight or queued: it has its own timeout. */
        boolean busy();
    }

    private static final Logger LOG = LoggerFactory.getLogger("griddle.http");

    private final ConnectionSettings settings;
    private final Watched connection;
    private ChannelHandlerContext ctx;
    private ScheduledFuture<?> timer;
    private long idleSince;
    private long headStartedAt; // nanoTime | 1 once a request's first byte arrived; 0 before

    ConnectionTimeouts(ConnectionSettings settings, Watched connection) {
        this.settings = settings;
        this.connection = connection;
    }

    /** The connection opened: it is idle from now. */
    void start(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        idleSince = System.nanoTime();
        arm(Math.min(settings.keepAliveNanos(), settings.headerReadNanos()));
    }

    /** Bytes arrived while the connection was idle: the first ones of a request start its header-read clock. */
    void requestBytesArrived() {
        if (headStartedAt == 0) {
            headStartedAt = System.nanoTime() | 1L;
        }
    }

    /** When the request now read began to arrive (nanoTime), or now if that is not known. */
    long headStartedAt() {
        return headStartedAt != 0 ? headStartedAt : System.nanoTime();
    }

    /** A request started: answers when its head began to arrive; the next request's clock starts afresh. */
    long requestStarted() {
        long startedAt = headStartedAt();
        headStartedAt = 0;
        return startedAt;
    }

    /** A request ended: the connection is idle from now. */
    void requestEnded() {
        idleSince = System.nanoTime();
    }

    /** The connection ended or left the pipeline: the timer must not close it. */
    void stop() {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private void arm(long delayNanos) {
        timer = ctx.executor().schedule(this::check, Math.max(delayNanos, 1_000_000L), TimeUnit.NANOSECONDS);
    }

    // Closes a connection idle past the keep-alive timeout, or one whose request head is taking longer than the
    // header-read timeout; otherwise sleeps until the next deadline.
    private void check() {
        if (connection.over()) {
            return;
        }
        if (connection.busy()) {
            arm(Math.min(settings.keepAliveNanos(), settings.headerReadNanos()));
            return;
        }
        long now = System.nanoTime();
        long deadline =
                headStartedAt != 0 ? headStartedAt + settings.headerReadNanos() : idleSince + settings.keepAliveNanos();
        if (now - deadline >= 0) {
            if (headStartedAt != 0) {
                LOG.debug(
                        "closing {}: request headers not complete within the header-read timeout",
                        ctx.channel().remoteAddress());
            }
            ctx.close();
        } else {
            // A request head may start at any moment: look again no later than one header-read period from now.
            arm(Math.min(deadline - now, settings.headerReadNanos()));
        }
    }
}
