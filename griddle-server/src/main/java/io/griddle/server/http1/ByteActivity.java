package io.griddle.server.http1;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Sits before the codec and tells the connection that bytes arrived, which the codec hides until a request's head
 * is complete: the header-read timeout starts with the first byte of a request.
 */
public final class ByteActivity extends ChannelInboundHandlerAdapter {

    private final HttpConnection connection;

    public ByteActivity(HttpConnection connection) {
        this.connection = connection;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        connection.bytesArrived();
        ctx.fireChannelRead(msg);
    }
}
