package io.griddle.server.http1;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.util.AttributeKey;
import java.util.concurrent.TimeUnit;

/**
 * A connection's part in a graceful stop. The server sends {@link #SHUTDOWN} to every connection; a busy one
 * finishes its request (answered with {@code connection: close}); an idle one settles first: a kept-alive client
 * may be writing its next request right now, and closing under it would lose that request (the client sees a
 * reset, not an answer). Such a request gets a moment to arrive and is then served, with {@code connection: close};
 * until then the connection counts as settling, and the server's stop waits for it.
 */
public final class ServerStop {

    /** Sent to every connection when the server begins to stop. */
    public static final Object SHUTDOWN = new Object() {
        @Override
        public String toString() {
            return "griddle-shutdown";
        }
    };

    private static final long SETTLE_MILLIS = 100;
    private static final AttributeKey<Boolean> SETTLING = AttributeKey.valueOf("griddle-settling");

    private ServerStop() {}

    /** Whether any of the connections is still waiting, during a stop, for a request that may be on its way. */
    public static boolean anySettling(Iterable<Channel> connections) {
        for (Channel connection : connections) {
            if (connection.hasAttr(SETTLING) && connection.attr(SETTLING).get() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lets an idle connection settle: after a moment it closes unless a request arrived meanwhile (which counts in
     * flight by then, so the stop waits for it).
     *
     * @param stillIdle asked when the moment is over
     */
    static void settle(ChannelHandlerContext ctx, java.util.function.BooleanSupplier stillIdle) {
        ctx.channel().attr(SETTLING).set(Boolean.TRUE);
        ctx.executor()
                .schedule(
                        () -> {
                            ctx.channel().attr(SETTLING).set(null);
                            if (stillIdle.getAsBoolean()) {
                                ctx.close();
                            }
                        },
                        SETTLE_MILLIS,
                        TimeUnit.MILLISECONDS);
    }
}
