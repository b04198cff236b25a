package io.griddle.server.websocket;

import io.griddle.gateway.HttpMessage;
import io.griddle.server.http1.ConnectionSettings;
import io.griddle.server.http1.StandardHeaders;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A handshake answered with an HTTP response instead of {@code 101}: the server's 403 when the application closes
 * before accepting (as Uvicorn does), its 500 when the application fails, or the application's own response
 * (ASGI's {@code websocket.http.response}), sent as given. The connection closes after it. Event loop only.
 */
final class Denial {

    private final ChannelHandlerContext ctx;
    private final ConnectionSettings settings;
    private HttpMessage.ResponseStart start;
    private boolean headersWritten;
    private boolean finished;

    Denial(ChannelHandlerContext ctx, ConnectionSettings settings) {
        this.ctx = ctx;
        this.settings = settings;
    }

    /** Whether the application has begun its own response. */
    boolean begun() {
        return start != null;
    }

    boolean finished() {
        return finished;
    }

    /** The status answered, once begun. */
    int status() {
        return start.status();
    }

    /** Answers with a status of the server's own and an empty body (403 for a refusal, 500 for a failure). */
    void refuse(int status) {
        start = new HttpMessage.ResponseStart(status, io.griddle.gateway.Headers.EMPTY);
        finished = true;
        HttpHeaders headers = new DefaultHttpHeaders();
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, 0);
        finish(new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(status),
                Unpooled.EMPTY_BUFFER,
                closing(headers),
                EmptyHttpHeaders.INSTANCE));
    }

    /** One message of the application's response. */
    CompletionStage<Void> send(HttpMessage message) {
        if (finished) {
            return CompletableFuture.failedFuture(new IllegalStateException("the response is already complete"));
        }
        if (message instanceof HttpMessage.ResponseStart responseStart) {
            if (start != null) {
                return CompletableFuture.failedFuture(new IllegalStateException("the response has started already"));
            }
            start = responseStart;
            return CompletableFuture.completedFuture(null);
        }
        if (!(message instanceof HttpMessage.ResponseBody body) || start == null) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("a WebSocket denial is a ResponseStart, then ResponseBody messages"));
        }
        ByteBuf content = body.body().hasRemaining() ? Unpooled.wrappedBuffer(body.body()) : Unpooled.EMPTY_BUFFER;
        if (!headersWritten) {
            headersWritten = true;
            HttpHeaders headers = new DefaultHttpHeaders();
            try {
                start.headers().forEach(headers::add);
            } catch (IllegalArgumentException invalid) { // a CR/LF or an illegal name
                content.release();
                start = null;
                refuse(500);
                return CompletableFuture.failedFuture(invalid);
            }
            HttpResponseStatus status = HttpResponseStatus.valueOf(start.status());
            if (!body.more()) {
                if (!headers.contains(HttpHeaderNames.CONTENT_LENGTH)) {
                    headers.setInt(HttpHeaderNames.CONTENT_LENGTH, content.readableBytes());
                }
                finished = true;
                return Written.stage(finish(new DefaultFullHttpResponse(
                        HttpVersion.HTTP_1_1, status, content, closing(headers), EmptyHttpHeaders.INSTANCE)));
            }
            if (!headers.contains(HttpHeaderNames.CONTENT_LENGTH)) {
                headers.set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
            }
            ctx.write(new DefaultHttpResponse(HttpVersion.HTTP_1_1, status, closing(headers)), ctx.voidPromise());
        }
        if (!body.more()) {
            finished = true;
            return Written.stage(finish(new DefaultLastHttpContent(content)));
        }
        return Written.stage(
                ctx.writeAndFlush(new DefaultHttpContent(content)).addListener(ChannelFutureListener.CLOSE_ON_FAILURE));
    }

    private HttpHeaders closing(HttpHeaders headers) {
        StandardHeaders.addTo(headers, settings);
        headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        return headers;
    }

    private ChannelFuture finish(Object last) {
        return ctx.writeAndFlush(last).addListener(ChannelFutureListener.CLOSE);
    }
}
