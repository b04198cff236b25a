package io.griddle.server.http2;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http2.DefaultHttp2ResetFrame;
import io.netty.handler.codec.http2.Http2Error;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2HeadersFrame;

/**
 * Resets, with {@code PROTOCOL_ERROR}, a stream whose request headers lack {@code :method} or {@code :path}, or
 * whose method is not a token or path not visible ASCII (RFC 9113 §8.3.1: a malformed request), before Netty's
 * stream-to-HTTP/1 codec sees them. That codec allocates the body buffer of a headers-only request before it reads
 * and checks these fields, and loses the buffer when one is missing or invalid: a client could leak a buffer per
 * stream. {@code CONNECT}, which has no {@code :path}, goes on (Griddle answers it as any unknown method). Only the
 * first headers frame of a stream is a request's; later ones are trailers.
 *
 * <pre>{@code
 * stream.pipeline().addLast(new RequestPseudoHeaders()).addLast(new Http2StreamFrameToHttpObjectCodec(true));
 * }</pre>
 */
public final class RequestPseudoHeaders extends ChannelInboundHandlerAdapter {

    private boolean requestSeen;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (!requestSeen && message instanceof Http2HeadersFrame frame) {
            requestSeen = true;
            Http2Headers headers = frame.headers();
            CharSequence method = headers.method();
            CharSequence path = headers.path();
            boolean connect = method != null && HttpMethod.CONNECT.asciiName().contentEquals(method);
            if (!isToken(method) || path == null && !connect || path != null && !isVisiblePath(path)) {
                ctx.writeAndFlush(new DefaultHttp2ResetFrame(Http2Error.PROTOCOL_ERROR))
                        .addListener(ChannelFutureListener.CLOSE);
                return;
            }
        }
        ctx.fireChannelRead(message);
    }

    private static boolean isToken(CharSequence text) {
        if (text == null || text.length() == 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVisiblePath(CharSequence text) {
        if (text.length() == 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
