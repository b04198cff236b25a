package io.griddle.server.websocket;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Pings an open WebSocket every {@code --ws-ping-interval}; a ping whose pong has not come within
 * {@code --ws-ping-timeout} means the peer is gone without a word (a dead network path, a frozen client): the
 * session then ends with 1011, as Uvicorn's does. Event loop only.
 */
final class Keepalive {

    private final long intervalNanos;
    private final long timeoutNanos;
    private final Runnable timedOut;
    private ScheduledFuture<?> pinging;
    private ScheduledFuture<?> deadline;

    /**
     * @param timedOut what to do when a pong is late
     */
    Keepalive(long intervalNanos, long timeoutNanos, Runnable timedOut) {
        this.intervalNanos = intervalNanos;
        this.timeoutNanos = timeoutNanos;
        this.timedOut = timedOut;
    }

    void start(ChannelHandlerContext ctx) {
        if (intervalNanos > 0) {
            pinging = ctx.executor()
                    .scheduleAtFixedRate(() -> ping(ctx), intervalNanos, intervalNanos, TimeUnit.NANOSECONDS);
        }
    }

    private void ping(ChannelHandlerContext ctx) {
        if (deadline != null) {
            return; // the last ping is still waiting for its pong
        }
        ctx.writeAndFlush(new PingWebSocketFrame(Unpooled.EMPTY_BUFFER))
                .addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
        if (timeoutNanos > 0) {
            deadline = ctx.executor().schedule(this::late, timeoutNanos, TimeUnit.NANOSECONDS);
        }
    }

    private void late() {
        deadline = null;
        stop();
        timedOut.run();
    }

    /** A pong arrived: the peer is there. */
    void pong() {
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
    }

    void stop() {
        if (pinging != null) {
            pinging.cancel(false);
            pinging = null;
        }
        pong();
    }
}
