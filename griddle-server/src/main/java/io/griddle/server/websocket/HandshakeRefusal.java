package io.griddle.server.websocket;

import io.griddle.server.http1.ConnectionSettings;
import io.griddle.server.http1.StandardHeaders;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;

/**
 * Answers an invalid WebSocket handshake, before the application is asked: 400 with what is wrong, or 426 with
 * {@code Sec-WebSocket-Version: 13} for another version; then the connection closes, and what still arrives is
 * dropped.
 */
final class HandshakeRefusal extends ChannelInboundHandlerAdapter {

    private final Handshake.Problem problem;
    private final ConnectionSettings settings;
    private final Runnable ended;

    HandshakeRefusal(Handshake.Problem problem, ConnectionSettings settings, Runnable ended) {
        this.problem = problem;
        this.settings = settings;
        this.ended = ended;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        ByteBuf body = Unpooled.copiedBuffer(problem.message(), StandardCharsets.UTF_8);
        DefaultFullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, problem.status(), body);
        HttpHeaders headers = response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes())
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        if (problem.status().equals(HttpResponseStatus.UPGRADE_REQUIRED)) {
            headers.set(HttpHeaderNames.SEC_WEBSOCKET_VERSION, "13");
        }
        StandardHeaders.addTo(headers, settings);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ReferenceCountUtil.release(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        ended.run();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
