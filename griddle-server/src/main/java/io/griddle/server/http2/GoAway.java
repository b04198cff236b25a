package io.griddle.server.http2;

import io.griddle.server.http1.ServerStop;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http2.DefaultHttp2GoAwayFrame;
import io.netty.handler.codec.http2.Http2Connection;
import io.netty.handler.codec.http2.Http2ConnectionAdapter;
import io.netty.handler.codec.http2.Http2Error;
import io.netty.handler.codec.http2.Http2FrameCodec;
import io.netty.handler.codec.http2.Http2Stream;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * When an HTTP/2 connection ends, always with {@code GOAWAY} ({@code NO_ERROR}) first, so that the client knows
 * which of its streams were taken and opens a new connection for the rest:
 * <ul>
 *   <li>idle: once no stream has been open for the keep-alive timeout, it is closed (the frame codec sends
 *       {@code GOAWAY}, then closes); a stream in progress, however long, keeps it open;</li>
 *   <li>the server stopping ({@link ServerStop#SHUTDOWN}): {@code GOAWAY} at once, so that no new stream
 *       starts, and the close as soon as the streams in progress have ended (HTTP/1.1's {@code connection: close}).</li>
 * </ul>
 * Sits behind the connection's {@link Http2FrameCodec}; one timer per connection, re-armed for the next deadline.
 *
 * <pre>{@code
 * pipeline.addLast(frameCodec).addLast(streams).addLast(new GoAway(frameCodec, keepAliveNanos));
 * }</pre>
 */
public final class GoAway extends ChannelInboundHandlerAdapter {

    private final Http2Connection connection;
    private final long timeoutNanos;
    private ChannelHandlerContext ctx;
    private ScheduledFuture<?> timer;
    private long idleSince;
    private boolean stopping;

    public GoAway(Http2FrameCodec codec, long timeoutNanos) {
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
                if (stopping) {
                    ctx.executor().execute(GoAway.this::closeOnceIdle); // after the stream has left the count
                }
            }
        });
        arm(timeoutNanos);
    }

    private void arm(long delayNanos) {
        timer = ctx.executor().schedule(this::check, Math.max(delayNanos, 1_000_000L), TimeUnit.NANOSECONDS);
    }

    private void check() {
        if (!ctx.channel().isActive() || stopping) {
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
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event != ServerStop.SHUTDOWN) {
            ctx.fireUserEventTriggered(event);
            return;
        }
        if (stopping) {
            return;
        }
        stopping = true;
        cancel();
        if (connection.numActiveStreams() > 0) {
            ctx.writeAndFlush(new DefaultHttp2GoAwayFrame(Http2Error.NO_ERROR)); // no new streams; these finish
        } else {
            ctx.channel().close();
        }
    }

    private void closeOnceIdle() {
        if (ctx.channel().isActive() && connection.numActiveStreams() == 0) {
            ctx.channel().close();
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
