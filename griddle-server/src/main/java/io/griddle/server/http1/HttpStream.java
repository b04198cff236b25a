package io.griddle.server.http1;

import io.griddle.concurrent.Stages;
import io.griddle.gateway.Chunk;
import io.griddle.gateway.HeaderList;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.Message;
import io.griddle.gateway.Receive;
import io.griddle.gateway.Send;
import io.griddle.http.LogText;
import io.griddle.http.Status;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.AsciiString;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request and its response on an HTTP/1.1 connection, as the gateway's {@link Receive} and {@link Send}.
 * Everything here runs on the connection's event loop; calls from other threads hop onto it first.
 *
 * <p>The response start is held until the first body message, so a whole response leaves in one write with a
 * {@code content-length}; a streamed one uses chunked transfer.
 *
 * <p>About 400 lines: the request side (receive, 100 Continue) and the response side (start, body, headers) share
 * the exchange's state flags, which a split would have to pass back and forth on every message.
 */
final class HttpStream implements Receive, Send {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.http");
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
    private static final HttpMessage.ResponseStart INTERNAL_ERROR =
            new HttpMessage.ResponseStart(500, Headers.of("content-type", "text/plain; charset=utf-8"));

    private final HttpConnection connection;
    private final ChannelHandlerContext ctx;
    private final HttpRequest request;
    private final ConnectionSettings settings;
    private final java.net.InetSocketAddress client;
    private final long startedAt = System.nanoTime();
    private final ScheduledFuture<?> timeout;
    private final boolean head;
    private boolean keepAlive;
    private boolean expectContinue;

    private boolean bodyComplete;
    private CompletableFuture<Message> pendingReceive;
    private HttpMessage.ResponseStart start;
    private boolean headersWritten;
    private boolean bodyAllowed;
    private boolean hasLength;
    private boolean finished;
    private boolean gone;
    private CompletionStage<Void> call;

    HttpStream(
            HttpConnection connection,
            ChannelHandlerContext ctx,
            HttpRequest request,
            ConnectionSettings settings,
            java.net.InetSocketAddress client) {
        this.client = client;
        this.connection = connection;
        this.ctx = ctx;
        this.request = request;
        this.settings = settings;
        this.timeout = settings.requestNanos() == 0
                ? null
                : ctx.executor()
                        .schedule(
                                () -> connection.requestTimedOut(this), settings.requestNanos(), TimeUnit.NANOSECONDS);
        this.head = request.method().equals(HttpMethod.HEAD);
        this.keepAlive = HttpUtil.isKeepAlive(request);
        this.expectContinue = HttpUtil.is100ContinueExpected(request);
    }

    /** Watches the application's call: a call that ends without a complete response gets a 500 or a close. */
    void watch(CompletionStage<Void> appCall) {
        this.call = appCall;
        if (finished && Stages.succeeded(appCall)) {
            return; // the usual case for a fast handler: nothing left to watch
        }
        appCall.whenComplete((v, error) -> onLoop(() -> callEnded(error)));
    }

    private void callEnded(Throwable error) {
        if (finished || gone) {
            if (error != null && !(error instanceof CancellationException)) {
                LOG.debug("application failed after its response was complete", error);
            }
            return;
        }
        if (!headersWritten) {
            LOG.error("application ended without a complete response to {}", described(), error);
            keepAlive = false;
            start = INTERNAL_ERROR;
            writeBody(internalErrorBody());
        } else {
            LOG.error(
                    "application failed in the middle of its response to {}; closing the connection",
                    described(),
                    error);
            finished = true;
            ctx.close();
            connection.streamEnded(this);
        }
    }

    boolean keepAlive() {
        return keepAlive;
    }

    String method() {
        return request.method().name();
    }

    HttpRequest request() {
        return request;
    }

    /** The client as the access log names it (after proxy headers). */
    java.net.InetSocketAddress client() {
        return client;
    }

    long startedAt() {
        return startedAt;
    }

    String uri() {
        return request.uri();
    }

    /** The request as a log line quotes it: method and target, escaped. */
    String described() {
        return LogText.escape(request.method().name() + " " + request.uri());
    }

    /**
     * Gives the request up before any of its response was written (a timeout, a body over the limit): the
     * application's call is cancelled and whatever it sends later is refused. False when it is too late for that.
     */
    boolean abandon() {
        if (headersWritten || finished || gone) {
            return false;
        }
        finished = true;
        endForApplication();
        return true;
    }

    private void stopTimeout() {
        if (timeout != null) {
            timeout.cancel(false);
        }
    }

    boolean bodyComplete() {
        return bodyComplete;
    }

    // ---- Receive: the request body, pulled by the application

    @Override
    public CompletionStage<Message> receive() {
        CompletableFuture<Message> result = new CompletableFuture<>();
        onLoop(() -> pull(result));
        return result;
    }

    private void pull(CompletableFuture<Message> result) {
        if (gone || finished) {
            result.complete(HttpMessage.Disconnect.INSTANCE);
            return;
        }
        if (pendingReceive != null) {
            result.completeExceptionally(
                    new IllegalStateException("receive() called before the previous one completed"));
            return;
        }
        pendingReceive = result;
        if (bodyComplete) {
            return; // completes with Disconnect when the response is done or the client leaves
        }
        if (expectContinue && !headersWritten) {
            expectContinue = false;
            ctx.writeAndFlush(new DefaultFullHttpResponse(
                    HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE, Unpooled.EMPTY_BUFFER));
        }
        connection.pump();
    }

    /** Whether the application waits for body that has not been delivered yet. */
    boolean wantsBody() {
        return pendingReceive != null && !bodyComplete;
    }

    /** Hands a body chunk to the waiting application; the chunk's buffer is released by the reader. */
    void deliver(HttpContent content) {
        boolean last = content instanceof LastHttpContent;
        bodyComplete = last;
        CompletableFuture<Message> waiting = pendingReceive;
        pendingReceive = null;
        Chunk chunk;
        if (content.content().isReadable()) {
            chunk = new NettyChunk(content.content());
        } else {
            content.release();
            chunk = Chunk.EMPTY;
        }
        waiting.complete(new HttpMessage.RequestBody(chunk, !last));
    }

    // ---- Send: the response, pushed by the application

    @Override
    public CompletionStage<Void> send(Message message) {
        return OnLoop.run(ctx.executor(), () -> push(message));
    }

    private CompletionStage<Void> push(Message message) {
        if (gone) {
            return CompletableFuture.failedFuture(new ClosedChannelException());
        }
        if (finished) {
            return CompletableFuture.failedFuture(new IllegalStateException("the response is already complete"));
        }
        if (message instanceof HttpMessage.ResponseStart responseStart) {
            if (start != null) {
                return CompletableFuture.failedFuture(new IllegalStateException("the response has started already"));
            }
            start = responseStart;
            return DONE;
        }
        if (message instanceof HttpMessage.ResponseBody body) {
            if (start == null) {
                return CompletableFuture.failedFuture(new IllegalStateException("send ResponseStart before the body"));
            }
            return writeBody(body);
        }
        if (message instanceof HttpMessage.ResponseFile file) {
            if (start == null) {
                return CompletableFuture.failedFuture(new IllegalStateException("send ResponseStart before the body"));
            }
            return writeFile(file);
        }
        return CompletableFuture.failedFuture(new IllegalArgumentException("not an HTTP response message: " + message));
    }

    // A file as the last body message: sendfile (DefaultFileRegion) over plain TCP, chunks read from the file over
    // TLS and HTTP/2 (FileChunks). A file that cannot be opened before anything was written is the application's
    // failure: 500, as any call that ends without a response.
    private CompletionStage<Void> writeFile(HttpMessage.ResponseFile file) {
        boolean sendBody = !head && Status.allowsBody(start.status()) && file.count() > 0;
        java.nio.channels.FileChannel channel = null;
        if (sendBody) {
            try {
                channel = java.nio.channels.FileChannel.open(file.path());
            } catch (java.io.IOException | RuntimeException unreadable) {
                if (headersWritten) {
                    return CompletableFuture.failedFuture(unreadable);
                }
                LOG.error(
                        "cannot open the file {} for {}",
                        LogText.escape(file.path().toString()),
                        described());
                start = INTERNAL_ERROR;
                keepAlive = false;
                return writeBody(internalErrorBody());
            }
        }
        if (headersWritten) { // a streamed body that ends with a file: chunked, whatever the transport
            return channel == null ? finish(LastHttpContent.EMPTY_LAST_CONTENT) : fileChunks(channel, file);
        }
        if (channel != null && SmallFiles.small(file.count())) {
            ByteBuf bytes;
            try {
                bytes = SmallFiles.read(channel, file.position(), (int) file.count(), ctx.alloc());
            } catch (java.io.IOException | RuntimeException unreadable) {
                LOG.error(
                        "cannot read the file {} for {}",
                        LogText.escape(file.path().toString()),
                        described());
                start = INTERNAL_ERROR;
                keepAlive = false;
                return writeBody(internalErrorBody());
            } finally {
                closeQuietly(channel);
            }
            return writeBody(HttpMessage.ResponseBody.last(bytes.nioBuffer()), bytes);
        }
        HttpHeaders headers;
        try {
            headers = responseHeaders(start.headers());
        } catch (IllegalArgumentException invalid) {
            closeQuietly(channel);
            return writeBody(HttpMessage.ResponseBody.end()); // answers 500, as for any invalid header
        }
        headersWritten = true;
        bodyAllowed = Status.allowsBody(start.status());
        if (bodyAllowed && !hasLength) {
            headers.set(HttpHeaderNames.CONTENT_LENGTH, file.count());
        }
        HttpResponseStatus status = HttpResponseStatus.valueOf(start.status());
        if (channel == null) {
            return finish(new DefaultFullHttpResponse(
                    HttpVersion.HTTP_1_1, status, Unpooled.EMPTY_BUFFER, headers, EmptyHttpHeaders.INSTANCE));
        }
        ctx.write(new DefaultHttpResponse(HttpVersion.HTTP_1_1, status, headers), ctx.voidPromise());
        if (!connection.http2Stream() && ctx.pipeline().get(io.netty.handler.ssl.SslHandler.class) == null) {
            ctx.write(new io.netty.channel.DefaultFileRegion(channel, file.position(), file.count()))
                    .addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
            return finish(LastHttpContent.EMPTY_LAST_CONTENT);
        }
        return fileChunks(channel, file);
    }

    private CompletionStage<Void> fileChunks(java.nio.channels.FileChannel channel, HttpMessage.ResponseFile file) {
        return FileChunks.send(ctx, channel, file.position(), file.count(), connection::writable)
                .thenCompose(last -> {
                    if (gone) {
                        last.release();
                        return DONE;
                    }
                    return finish(last);
                })
                .whenComplete((v, error) -> {
                    if (error != null && !gone && !finished) {
                        LOG.error("failed to send the file {} for {}", file.path(), described(), error);
                        finished = true;
                        ctx.close();
                        connection.streamEnded(this);
                    }
                });
    }

    private static void closeQuietly(java.nio.channels.FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (java.io.IOException ignored) {
                // read-only
            }
        }
    }

    private CompletionStage<Void> writeBody(HttpMessage.ResponseBody body) {
        return writeBody(body, null);
    }

    // `owned`, when given, is the body's bytes in a buffer this stream owns (a small file's): sent as is, or released.
    private CompletionStage<Void> writeBody(HttpMessage.ResponseBody body, ByteBuf owned) {
        if (!headersWritten) {
            HttpHeaders headers;
            try {
                headers = responseHeaders(start.headers());
            } catch (IllegalArgumentException invalid) { // a CR/LF or an illegal name in a header
                LOG.error("invalid response header for {}", described(), invalid);
                start = INTERNAL_ERROR;
                headers = responseHeaders(start.headers());
                body = internalErrorBody();
                if (owned != null) {
                    owned.release();
                    owned = null;
                }
            }
            headersWritten = true;
            HttpResponseStatus status = HttpResponseStatus.valueOf(start.status());
            bodyAllowed = Status.allowsBody(start.status());
            if (!body.more()) {
                if (bodyAllowed && !hasLength) {
                    headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.body().remaining());
                }
                return finish(new DefaultFullHttpResponse(
                        HttpVersion.HTTP_1_1,
                        status,
                        owned != null ? owned : content(body),
                        headers,
                        EmptyHttpHeaders.INSTANCE));
            }
            if (bodyAllowed && !hasLength && !head) {
                headers.set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
            }
            // A streamed response has answered: --timeout-request bounds the wait for an answer, not a stream's
            // length (an event stream may stay open for hours).
            stopTimeout();
            ctx.write(new DefaultHttpResponse(HttpVersion.HTTP_1_1, status, headers), ctx.voidPromise());
        }
        if (!body.more()) {
            return finish(new DefaultLastHttpContent(content(body)));
        }
        ctx.writeAndFlush(new DefaultHttpContent(content(body))).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
        return connection.writable();
    }

    // The answer when the application fails before a valid response start; a fresh body each time, as a
    // ByteBuffer has a position.
    private static HttpMessage.ResponseBody internalErrorBody() {
        return HttpMessage.ResponseBody.last(
                java.nio.ByteBuffer.wrap("Internal Server Error".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    private ByteBuf content(HttpMessage.ResponseBody body) {
        return head || !bodyAllowed || !body.body().hasRemaining()
                ? Unpooled.EMPTY_BUFFER
                : Unpooled.wrappedBuffer(body.body());
    }

    // Builds Netty's headers from the application's, learning in the same pass what it set itself (a date, a
    // server, a length, connection: close), so that no hash lookup is needed afterwards.
    private HttpHeaders responseHeaders(Headers given) {
        HttpHeaders headers = ResponseHeaderNames.newHeaders();
        boolean hasDate = false;
        boolean hasServer = false;
        boolean close = false;
        hasLength = false;
        List<Map.Entry<String, String>> fields = given instanceof HeaderList ? null : given.entries();
        int count = fields == null ? given.size() : fields.size();
        for (int i = 0; i < count; i++) {
            String name = fields == null
                    ? ((HeaderList) given).name(i)
                    : fields.get(i).getKey();
            String value = fields == null
                    ? ((HeaderList) given).value(i)
                    : fields.get(i).getValue();
            headers.add(ResponseHeaderNames.of(name), value);
            switch (name.length()) {
                case 4 -> hasDate |= name.equalsIgnoreCase("date");
                case 6 -> hasServer |= name.equalsIgnoreCase("server");
                case 10 -> close |= name.equalsIgnoreCase("connection") && value.equalsIgnoreCase("close");
                case 14 -> hasLength |= name.equalsIgnoreCase("content-length");
                default -> {}
            }
        }
        if (!hasDate && settings.dateHeader()) {
            headers.add(HttpHeaderNames.DATE, ServerHeaders.date());
        }
        if (!hasServer && settings.serverHeader()) {
            headers.add(HttpHeaderNames.SERVER, ServerHeaders.SERVER);
        }
        for (Map.Entry<AsciiString, String> extra : settings.extraHeaders()) {
            if (!headers.contains(extra.getKey())) {
                headers.add(extra.getKey(), extra.getValue());
            }
        }
        if (close || connection.closing()) {
            keepAlive = false;
        }
        if (!keepAlive) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else if (request.protocolVersion().equals(HttpVersion.HTTP_1_0)) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        return headers;
    }

    private CompletionStage<Void> finish(Object lastMessage) {
        finished = true;
        stopTimeout();
        if (settings.accessLog() != null) {
            AccessLog.log(settings.accessLog(), client, request, connection.http2Stream(), start.status(), startedAt);
        }
        ctx.writeAndFlush(lastMessage)
                .addListener(keepAlive ? ChannelFutureListener.CLOSE_ON_FAILURE : ChannelFutureListener.CLOSE);
        wakeReceive();
        connection.streamEnded(this);
        return DONE;
    }

    /** The client went away: wake a waiting receive and cancel the application's call. */
    void clientGone() {
        if (gone || finished) {
            return;
        }
        gone = true;
        endForApplication();
    }

    // Tells the application the exchange is over: a waiting receive gets Disconnect, and its call is cancelled.
    private void endForApplication() {
        stopTimeout();
        wakeReceive();
        if (call != null) {
            call.toCompletableFuture().cancel(true);
        }
    }

    // A receive still waiting gets Disconnect: the exchange is over.
    private void wakeReceive() {
        CompletableFuture<Message> waiting = pendingReceive;
        if (waiting != null) {
            pendingReceive = null;
            waiting.complete(HttpMessage.Disconnect.INSTANCE);
        }
    }

    private void onLoop(Runnable action) {
        if (ctx.executor().inEventLoop()) {
            action.run();
        } else {
            ctx.executor().execute(action);
        }
    }
}
