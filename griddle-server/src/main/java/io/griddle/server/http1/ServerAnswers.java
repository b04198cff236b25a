package io.griddle.server.http1;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The answers the server gives itself, not the application (a malformed request, a body too large, a timeout, the
 * concurrency limit), and how the connection ends after one: the answer carries {@code connection: close}, then
 * the connection lingers, dropping what still arrives, before it closes. Logged like any other request.
 */
final class ServerAnswers {

    private final ConnectionSettings settings;
    private final boolean http2Stream;
    // Lingering: the answer has been sent and the connection only waits to close; nothing read is looked at.
    private boolean draining;

    ServerAnswers(ConnectionSettings settings, boolean http2Stream) {
        this.settings = settings;
        this.http2Stream = http2Stream;
    }

    /** Whether the connection only lingers before closing, its last answer sent. */
    boolean draining() {
        return draining;
    }

    /** Writes the access log line of a request the server answered itself. */
    void log(InetSocketAddress client, HttpRequest request, HttpResponseStatus status, long startedAt) {
        if (settings.accessLog() != null) {
            AccessLog.log(settings.accessLog(), client, request, http2Stream, status.code(), startedAt);
        }
    }

    /** Answers with the status and a plain-text message, then lingers and closes. */
    void respondAndClose(ChannelHandlerContext ctx, HttpResponseStatus status, String message) {
        ByteBuf body = Unpooled.copiedBuffer(message, StandardCharsets.UTF_8);
        DefaultFullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, body);
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes())
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        if (settings.dateHeader()) {
            response.headers().set(HttpHeaderNames.DATE, ServerHeaders.date());
        }
        if (settings.serverHeader()) {
            response.headers().set(HttpHeaderNames.SERVER, ServerHeaders.SERVER);
        }
        ctx.writeAndFlush(response).addListener(written -> lingerThenClose(ctx));
    }

    /**
     * Closes the connection once everything written so far has left (an empty write queued behind it completes
     * then), without a word to the client: used when an answer has been sent already and cannot be followed.
     */
    static void closeAfterWrites(ChannelHandlerContext ctx) {
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }

    // Closing at once while the client is still sending (a 40 KB header, say) makes the kernel answer with a
    // reset, and the client may never read the response. So: stop writing, drop whatever still arrives until the
    // client closes its side, or two seconds pass.
    private void lingerThenClose(ChannelHandlerContext ctx) {
        if (!ctx.channel().isActive() || !http2Stream && !(ctx.channel() instanceof DuplexChannel)) {
            ctx.close();
            return;
        }
        // An HTTP/2 stream's answer ended the stream; closing the stream channel now could reset it (RST_STREAM)
        // before the client has read the answer. The stream closes by itself once the client's side ends too; a
        // client that keeps sending is cut off after the same two seconds.
        draining = true;
        if (!http2Stream) {
            ((DuplexChannel) ctx.channel()).shutdownOutput();
        }
        ctx.channel().config().setAutoRead(true);
        ctx.executor().schedule(() -> ctx.close(), 2, TimeUnit.SECONDS);
    }
}
