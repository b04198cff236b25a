package io.griddle.server.http2;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http2.Http2Connection;
import io.netty.handler.codec.http2.Http2ConnectionAdapter;
import io.netty.handler.codec.http2.Http2FrameCodec;
import io.netty.handler.codec.http2.Http2Stream;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The keep-alive timeout of an HTTP/2 connection: once no stream has been open for the timeout, the connection is
 * closed gracefully (the frame codec sends {@code GOAWAY} with {@code NO_ERROR}, then closes). A stream in
 * progress, however long, keeps the connection open. Sits behind the connection's {@link Http2FrameCodec}; one
 * timer per connection, re-armed for the next deadline.
 *
 * <pre>{@code
 * pipeline.addLast(frameCodec).addLast(streams).addLast(new IdleTimeout(frameCodec, keepAliveNanos));
 * }</pre>
 */
final class IdleTimeout extends ChannelInboundHandlerAdapter {

    private final Http2Connection connection;
    private final long timeoutNanos;
    private ChannelHandlerContext ctx;
    private ScheduledFuture<?> timer;
    private long idleSince;

    IdleTimeout(Http2FrameCodec codec, long timeoutNanos) {
        this.connection = codec.connection();
        this.timeoutNanos = timeoutNanos;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        idleSince = System.nanoTime();
        // The idle clock restarts whenever a stream ends (the last one, as the check looks at open streams too).
        connection.addListener(new Http2ConnectionAdapter() {
            @Override
            public void onStreamClosed(Http2Stream stream) {
                idleSince = System.nanoTime();
            }
        });
        arm(timeoutNanos);
    }

    private void arm(long delayNanos) {
        timer = ctx.executor().schedule(this::check, Math.max(delayNanos, 1_000_000L), TimeUnit.NANOSECONDS);
    }

    private void check() {
        if (!ctx.channel().isActive()) {
            return;
        }
        if (connection.numActiveStreams() > 0) {
            arm(timeoutNanos); // busy: a stream ending restarts the clock
            return;
        }
        long left = idleSince + timeoutNanos - System.nanoTime();
        if (left <= 0) {
            ctx.channel().close(); // through the frame codec: GOAWAY first
        } else {
            arm(left);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cancel();
        ctx.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        cancel();
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
