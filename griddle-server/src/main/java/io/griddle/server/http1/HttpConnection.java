package io.griddle.server.http1;

import io.griddle.gateway.Connection;
import io.griddle.gateway.Gateway;
import io.griddle.gateway.HttpScope;
import io.griddle.http.HostHeader;
import io.griddle.http.LogText;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP/1.1 connection, after Netty's {@code HttpServerCodec}. It serves requests one at a time, in order
 * (pipelined ones wait in a queue), and reads from the socket only while less than {@link #HIGH_WATER} bytes wait
 * unread by the application: past that it turns auto-read off until the application catches up, which is the
 * backpressure on request bodies. (Auto-read stays on otherwise: toggling it per request costs two epoll syscalls.)
 * It keeps reading while a handler runs, so that a client that leaves is noticed and its handler cancelled.
 *
 * <p>Malformed input is answered here, never passed on: a bad request line or headers 400, an over-long request
 * line 414, over-large headers 431; the connection then closes, and the loop goes on serving the others.
 */
public final class HttpConnection extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.http");
    private static final int HIGH_WATER = 64 * 1024;
    private static final int REQUEST_WEIGHT = 1024; // what a queued request head counts against HIGH_WATER
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final Http1Settings settings;
    private final Gateway app;
    private final ConnectionTracker tracker;
    private ChannelHandlerContext ctx;
    private Connection connection;
    private boolean peerTrusted;

    private final ArrayDeque<Object> queued = new ArrayDeque<>();
    private int queuedBytes;
    private HttpStream current;
    private boolean discardingBody;
    private boolean reading = true;
    private boolean pumping;
    private boolean closed;
    private boolean closeAfterCurrent;
    // The connection's end is arranged (an answer sent with connection: close, or a close after the writes): nothing
    // read from now on is answered, so nothing more is queued.
    private boolean closeArranged;
    private boolean draining;
    private List<CompletableFuture<Void>> waitingForWritable;

    // Timeouts: one timer per connection, re-armed for the next deadline (no task per request).
    private ScheduledFuture<?> timer;
    private long idleSince;
    // Stopping: an idle connection gets a moment for a request that may be on its way (see settle).
    private static final long SETTLE_MILLIS = 100;
    private static final io.netty.util.AttributeKey<Boolean> SETTLING = io.netty.util.AttributeKey.valueOf("griddle-settling");
    private boolean settling;
    private long headStartedAt;
    // Body limit: bytes of the body now arriving (the last request whose head came in).
    private long bodyBytesArriving;
    private boolean droppingOversizeBody;
    // The last request head read: the access log names it when its body turns out malformed.
    private HttpRequest lastHead;
    // The last request head that started (was handed to the application or refused by the server).
    private HttpRequest lastStarted;
    // A head whose body is likely in the same read: the request starts when its body is queued (or the read ends),
    // so that an application asking for the body as it starts gets it at once, without a stage to wait on.
    private boolean holdingHead;

    private final boolean secure;
    private final boolean http2Stream;

    /** A plain HTTP/1.1 connection. */
    public HttpConnection(Http1Settings settings) {
        this(settings, false, false);
    }

    /**
     * @param settings    what every connection of the server shares
     * @param secure      whether it runs over TLS (the scope's scheme is then {@code https})
     * @param http2Stream whether this is one HTTP/2 stream, seen as HTTP/1.1 objects (one request, no keep-alive)
     */
    public HttpConnection(Http1Settings settings, boolean secure, boolean http2Stream) {
        this.settings = settings;
        this.app = settings.app();
        this.tracker = settings.tracker();
        this.secure = secure;
        this.http2Stream = http2Stream;
    }

    /**
     * A rejected request waiting for its turn in the pipeline.
     *
     * @param request its head for the access log, or {@code null} when its request line could not be read
     * @param at      when it was rejected (nanoTime), for the access log
     */
    private record Rejected(HttpResponseStatus status, String message, HttpRequest request, long at) {
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        if (ctx.channel().isActive()) {
            activate(); // added after the connection opened, as behind TLS with ALPN
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        activate();
        ctx.fireChannelActive();
    }

    private void activate() {
        if (connection != null) {
            return;
        }
        // An HTTP/2 stream's addresses are its connection's.
        java.net.SocketAddress remoteAddress = http2Stream ? ctx.channel().parent().remoteAddress() : ctx.channel().remoteAddress();
        java.net.SocketAddress localAddress = http2Stream ? ctx.channel().parent().localAddress() : ctx.channel().localAddress();
        connection = new Connection(remoteAddress instanceof InetSocketAddress remote ? remote : null,
                localAddress instanceof InetSocketAddress local ? local : null, secure);
        peerTrusted = settings.proxies() != null && connection.client() != null
                && settings.proxies().trusts(connection.client().getAddress());
        idleSince = System.nanoTime();
        armTimer(Math.min(settings.keepAliveNanos(), settings.headerReadNanos()));
    }

    /** Raw bytes arrived (from {@link ByteActivity}): the first ones of a request start its header-read clock. */
    void bytesArrived() {
        if (current == null && headStartedAt == 0 && queued.isEmpty()) {
            headStartedAt = System.nanoTime() | 1L;
        }
    }

    private void armTimer(long delayNanos) {
        timer = ctx.executor().schedule(this::checkTimeouts, Math.max(delayNanos, 1_000_000L), TimeUnit.NANOSECONDS);
    }

    // Closes a connection idle past the keep-alive timeout, or one whose request head is taking longer than the
    // header-read timeout (a slowloris client trickling bytes); otherwise sleeps until the next deadline.
    private void checkTimeouts() {
        if (closed || draining) {
            return;
        }
        if (current != null || !queued.isEmpty()) {
            armTimer(Math.min(settings.keepAliveNanos(), settings.headerReadNanos())); // busy: requests have their own timeout
            return;
        }
        long now = System.nanoTime();
        long deadline = headStartedAt != 0 ? headStartedAt + settings.headerReadNanos()
                : idleSince + settings.keepAliveNanos();
        if (now - deadline >= 0) {
            if (headStartedAt != 0) {
                LOG.debug("closing {}: request headers not complete within the header-read timeout",
                        ctx.channel().remoteAddress());
            }
            ctx.close();
        } else {
            // A request head may start at any moment: look again no later than one header-read period from now.
            armTimer(Math.min(deadline - now, settings.headerReadNanos()));
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (closed || draining || closeArranged || !(msg instanceof HttpObject object)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (object.decoderResult().isFailure()) {
            Throwable cause = object.decoderResult().cause();
            HttpRequest failed = failedHead(object);
            ReferenceCountUtil.release(msg);
            closeAfterCurrent = true; // the decoder discards everything after a bad message
            if (!(object instanceof HttpRequest)) {
                bodyFailed(cause);
                return;
            }
            queued.add(reject(cause, failed));
        } else if (msg instanceof FullHttpRequest full) {
            // A whole request in one object (how an HTTP/2 stream delivers a request): queue its head and its body
            // apart, so that each is handled, and released, like the parts of an HTTP/1.1 request.
            int length = full.content().readableBytes();
            queueHead(new DefaultHttpRequest(full.protocolVersion(), full.method(), full.uri(), full.headers()),
                    length > 0 && withinBodyLimit(length));
            channelRead(ctx, new DefaultLastHttpContent(full.content(), full.trailingHeaders()));
            return;
        } else if (msg instanceof HttpRequest request) {
            if (queueHead(request, bodyFollows(request))) {
                return; // started by the body's channelRead, or by channelReadComplete
            }
        } else if (msg instanceof HttpContent content) {
            bodyBytesArriving += content.content().readableBytes();
            if (droppingOversizeBody || !withinBodyLimit(bodyBytesArriving)) {
                content.release();
                bodyTooLarge();
                return;
            }
            queued.add(content);
            queuedBytes += content.content().readableBytes();
        } else {
            ReferenceCountUtil.release(msg);
        }
        holdingHead = false;
        pump();
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (holdingHead) { // the body is not in this read: start the request now, it waits for its body
            holdingHead = false;
            pump();
        }
        ctx.fireChannelReadComplete();
    }

    // Queues a request head; answers whether it is held for its body (see holdingHead).
    private boolean queueHead(HttpRequest request, boolean bodyFollows) {
        lastHead = request;
        bodyBytesArriving = 0;
        droppingOversizeBody = false;
        queued.add(request);
        queuedBytes += REQUEST_WEIGHT;
        holdingHead = current == null && bodyFollows;
        return holdingHead;
    }

    // A body of a length within the limit is announced, and the client sends it without waiting for a 100 Continue.
    // (A longer one is refused when the request starts, which must not wait for the body.)
    private boolean bodyFollows(HttpRequest request) {
        long length = HttpUtil.getContentLength(request, -1L);
        return length > 0 && withinBodyLimit(length) && !HttpUtil.is100ContinueExpected(request);
    }

    private boolean withinBodyLimit(long length) {
        return settings.maxBodySize() <= 0 || length <= settings.maxBodySize();
    }

    // Hands the current request its next body chunk if it waits for one and one is queued (with lastOnly, only the
    // body's last chunk); answers whether it did.
    private boolean deliverQueuedBody(boolean lastOnly) {
        if (current != null && !discardingBody && current.wantsBody() && queued.peek() instanceof HttpContent content
                && (!lastOnly || content instanceof LastHttpContent)) {
            dequeue();
            current.deliver(content);
            return true;
        }
        return false;
    }

    // What the access log can name for a message the decoder failed: the head it had read (bad headers), the head
    // of the body that went wrong (a bad chunk), or nothing when the request line itself could not be read (then the
    // decoder hands over a stand-in full request, not what the client sent).
    private HttpRequest failedHead(HttpObject failed) {
        if (failed instanceof HttpRequest request) {
            return failed instanceof FullHttpRequest ? null : request;
        }
        return failed instanceof HttpContent ? lastHead : null;
    }

    private Rejected reject(Throwable cause, HttpRequest request) {
        long at = headStartedAt != 0 ? headStartedAt : System.nanoTime();
        if (cause instanceof RefusedRequest refused) {
            return new Rejected(HttpResponseStatus.BAD_REQUEST, refused.getMessage(), request, at);
        }
        if (cause instanceof TooLongHttpLineException) {
            return new Rejected(HttpResponseStatus.REQUEST_URI_TOO_LONG, "Request line too long", request, at);
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return new Rejected(HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request header fields too large",
                    request, at);
        }
        if (cause instanceof TooLongFrameException) {
            return new Rejected(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "Request too large", request, at);
        }
        return new Rejected(HttpResponseStatus.BAD_REQUEST, "Invalid HTTP request received.", request, at);
    }

    /**
     * The body of the last request head read turned out malformed (a bad chunk size, chunk data longer than its size,
     * a bad trailer). One request gets one final answer, never two: a pooling proxy would hand a stray second
     * answer to its next client. So the answer depends on how far that request has come:
     * <ul>
     *   <li>not started, behind a request being served: it leaves the queue unanswered, and the request being
     *       served is answered with {@code connection: close} (as when a pipelined head is malformed);</li>
     *   <li>not started, nothing else in flight, or being served with nothing answered yet: one 400 (the handler,
     *       if any, is cancelled);</li>
     *   <li>answered, or its answer under way: the connection closes once what was written has left, and the log
     *       says why.</li>
     * </ul>
     * The connection closes in every case: the decoder has lost the framing.
     */
    private void bodyFailed(Throwable cause) {
        HttpRequest request = lastHead;
        if (request != null && request != lastStarted && queued.contains(request)) {
            Object item;
            do { // the request and its body so far leave the queue
                item = queued.pollLast();
                queuedBytes -= item instanceof HttpContent content ? content.content().readableBytes() : REQUEST_WEIGHT;
                ReferenceCountUtil.release(item);
            } while (item != request);
            holdingHead = false;
            if (current == null) {
                queued.add(new Rejected(HttpResponseStatus.BAD_REQUEST, "Invalid HTTP request received.", request,
                        System.nanoTime()));
            }
            pump();
            return;
        }
        HttpStream stream = current;
        if (stream != null && stream.request() == request && stream.abandon()) {
            endCurrent();
            logRejection(stream, HttpResponseStatus.BAD_REQUEST);
            respondAndClose(HttpResponseStatus.BAD_REQUEST, "Invalid HTTP request received.");
            return;
        }
        if (LOG.isInfoEnabled()) {
            LOG.info("closing the connection from {}: the body of {} is malformed ({}), after its answer had begun",
                    ctx.channel().remoteAddress(), request == null ? "a request"
                            : LogText.escape(request.method() + " " + request.uri()), LogText.escape(cause.getMessage()));
        }
        closeAfterWrites();
    }

    // Closes the connection once everything written so far has left (an empty write queued behind it completes
    // then), without a word to the client: used when an answer has been sent already and cannot be followed.
    private void closeAfterWrites() {
        closeAfterCurrent = true;
        closeArranged = true;
        releaseQueued();
        updateReading();
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }

    // Reads while the unread backlog is small and the connection has a future; stops (auto-read off) otherwise.
    private void updateReading() {
        boolean wanted = !closed && !closeAfterCurrent && queuedBytes < HIGH_WATER;
        if (wanted != reading && !draining) {
            reading = wanted;
            ctx.channel().config().setAutoRead(wanted);
        }
    }

    /**
     * Moves the queue forward: drops the unread body of a finished request, starts the next request when none is
     * in flight, and hands body chunks to a stream that waits for them. Safe to call again from inside.
     */
    void pump() {
        if (pumping) {
            // The running pump loops until nothing moves; but a receive made from inside it (an application that
            // reads its body as it starts) gets a queued whole body now, so that it need not wait on a stage. Only
            // the last chunk: each delivery may run the application's next receive, and only that one cannot recurse.
            deliverQueuedBody(true);
            return;
        }
        pumping = true;
        try {
            while (!closed) {
                Object head = queued.peek();
                if (head == null) {
                    break;
                }
                if (discardingBody && head instanceof HttpContent content) {
                    dequeue();
                    discardingBody = !(content instanceof LastHttpContent);
                    content.release();
                    continue;
                }
                if (current == null) {
                    dequeue();
                    if (head instanceof HttpRequest request) {
                        start(request);
                    } else if (head instanceof Rejected rejected) {
                        logRejection(connection.client(), rejected.request(), rejected.status(), rejected.at());
                        respondAndClose(rejected.status(), rejected.message());
                    } else {
                        ReferenceCountUtil.release(head); // stray content after a rejected request
                    }
                    continue;
                }
                if (!deliverQueuedBody(false)) {
                    break;
                }
            }
        } finally {
            pumping = false;
        }
        updateReading();
    }

    private void dequeue() {
        Object head = queued.poll();
        if (head instanceof HttpRequest) {
            queuedBytes -= REQUEST_WEIGHT;
        } else if (head instanceof HttpContent content) {
            queuedBytes -= content.content().readableBytes();
        }
    }

    private void start(HttpRequest request) {
        lastStarted = request;
        long startedAt = headStartedAt != 0 ? headStartedAt : System.nanoTime();
        headStartedAt = 0;
        // A settling connection stays so until its timer: the request counts in flight by then.
        Connection origin = connection;
        String scheme = secure ? "https" : "http";
        if (peerTrusted) {
            ProxyHeaders.Origin forwarded = ProxyHeaders.read(settings.proxies(), true, request.headers());
            if (forwarded != null) {
                if (forwarded.client() != null) {
                    origin = new Connection(forwarded.client(), connection.server(), connection.secure());
                }
                if (forwarded.scheme() != null) {
                    scheme = forwarded.scheme();
                }
                if (forwarded.host() != null) {
                    request.headers().set(HttpHeaderNames.HOST, forwarded.host());
                }
            }
        }
        RequestTarget target = RequestTarget.parse(request.uri(), !http2Stream); // HTTP/1.1: RequestLine checked it
        HttpResponseStatus refused = null;
        String reason = null;
        if (target == null) {
            refused = HttpResponseStatus.BAD_REQUEST;
            reason = "Invalid request target.";
        } else if (http2Stream && !validHost(request)) { // HTTP/1.1 heads are checked by the decoder
            refused = HttpResponseStatus.BAD_REQUEST;
            reason = "Invalid Host header";
        } else if (!withinBodyLimit(HttpUtil.getContentLength(request, -1L))) {
            refused = HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE; // before the client sends it: no 100 Continue
            reason = "Request body too large";
        } else if (!settings.tryEnter()) {
            LOG.warn("Exceeded concurrency limit.");
            refused = HttpResponseStatus.SERVICE_UNAVAILABLE;
            reason = "Service Unavailable";
        }
        if (refused != null) {
            discardingBody = true;
            logRejection(origin.client(), request, refused, startedAt);
            respondAndClose(refused, reason);
            return;
        }
        String path = target.path();
        String rawPath = target.rawPath();
        String root = settings.rootPath();
        if (!root.isEmpty() && path.startsWith(root)
                && (path.length() == root.length() || path.charAt(root.length()) == '/')) {
            // The proxy did not strip the prefix: route on what follows it.
            path = path.length() == root.length() ? "/" : path.substring(root.length());
            rawPath = rawPath.startsWith(root) ? (rawPath.length() == root.length() ? "/" : rawPath.substring(root.length())) : rawPath;
        }
        HttpStream stream = new HttpStream(this, ctx, request, settings, origin.client());
        current = stream;
        tracker.requestStarted();
        HttpScope scope = new HttpScope(request.method().name(), path, rawPath, target.rawQuery(),
                http2Stream ? "2" : request.protocolVersion().equals(HttpVersion.HTTP_1_0) ? "1.0" : "1.1", scheme, root,
                new NettyHeaders(request.headers()), origin);
        CompletionStage<Void> call;
        try {
            call = app.call(scope, stream, stream);
        } catch (Throwable error) {
            call = CompletableFuture.failedFuture(new CompletionException(error));
        }
        stream.watch(call);
    }

    // An HTTP/2 request's Host (made from :authority) or a forwarded host that replaced it, if any, is a host and port.
    private static boolean validHost(HttpRequest request) {
        String host = request.headers().get(HttpHeaderNames.HOST);
        return host == null || HostHeader.isValid(host);
    }

    /** Called by a stream once its response is complete: the next pipelined request may go. */
    void streamEnded(HttpStream stream) {
        if (current != stream) {
            return;
        }
        endCurrent();
        idleSince = System.nanoTime();
        if (!stream.bodyComplete()) {
            discardingBody = true;
        }
        if (!stream.keepAlive()) {
            closeAfterCurrent = true;
            closeArranged = true; // the stream closes the connection after its last write
            releaseQueued();
            return;
        }
        pump();
    }

    // The current request is over for the connection: it no longer counts in flight nor against the limit.
    private void endCurrent() {
        current = null;
        tracker.requestEnded();
        settings.leave();
    }

    /** Whether no request is in flight or waiting: nothing would be answered out of turn if the protocol changed. */
    public boolean idle() {
        return current == null && queued.isEmpty() && !closed && !closeAfterCurrent && !tracker.shuttingDown();
    }

    /** Whether this serves one HTTP/2 stream. */
    boolean http2Stream() {
        return http2Stream;
    }

    /** Whether the connection closes after the current response (a bad message, a server shutting down). */
    boolean closing() {
        return closeAfterCurrent || tracker.shuttingDown();
    }

    // A request answered by the server itself, not the application: it is logged like any other.
    private void logRejection(InetSocketAddress client, HttpRequest request, HttpResponseStatus status, long startedAt) {
        if (settings.accessLog()) {
            AccessLog.log(client, request, http2Stream, status.code(), startedAt);
        }
    }

    private void logRejection(HttpStream stream, HttpResponseStatus status) {
        logRejection(stream.client(), stream.request(), status, stream.startedAt());
    }

    private void respondAndClose(HttpResponseStatus status, String message) {
        closeAfterCurrent = true;
        closeArranged = true;
        releaseQueued();
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
        ctx.writeAndFlush(response).addListener(written -> lingerThenClose());
    }

    // Closing at once while the client is still sending (a 40 KB header, say) makes the kernel answer with a
    // reset, and the client may never read the response. So: stop writing, drop whatever still arrives until the
    // client closes its side, or two seconds pass.
    private void lingerThenClose() {
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

    // A chunked body grew past the limit. If its request is the one being served and nothing was answered yet, the
    // answer is 413; otherwise the connection closes after the current response. Either way the rest is dropped.
    private void bodyTooLarge() {
        if (droppingOversizeBody) {
            return;
        }
        droppingOversizeBody = true;
        HttpStream stream = current;
        if (stream != null && !stream.bodyComplete() && stream.abandon()) {
            endCurrent();
            logRejection(stream, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE);
            respondAndClose(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "Request body too large");
        } else {
            closeAfterCurrent = true;
            updateReading();
        }
    }

    /** The current request ran past the request timeout: 408 if it still waits for its body, else 503. */
    void requestTimedOut(HttpStream stream) {
        if (current != stream || closed) {
            return;
        }
        boolean waitingForBody = stream.wantsBody();
        if (!stream.abandon()) {
            ctx.close(); // the response had started: it cannot be replaced, only cut
            return;
        }
        endCurrent();
        discardingBody = true;
        LOG.warn("Request timed out: {}", stream.described());
        HttpResponseStatus status = waitingForBody ? HttpResponseStatus.REQUEST_TIMEOUT
                : HttpResponseStatus.SERVICE_UNAVAILABLE;
        logRejection(stream, status);
        respondAndClose(status, waitingForBody ? "Request Timeout" : "Service Unavailable");
    }

    /** A stage that completes once the socket's write buffer drains below its high-water mark. */
    CompletionStage<Void> writable() {
        if (ctx.channel().isWritable()) {
            return DONE;
        }
        if (closed) {
            return CompletableFuture.failedFuture(new ClosedChannelException());
        }
        if (waitingForWritable == null) {
            waitingForWritable = new ArrayList<>(2);
        }
        CompletableFuture<Void> waiter = new CompletableFuture<>();
        waitingForWritable.add(waiter);
        return waiter;
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable() && waitingForWritable != null) {
            List<CompletableFuture<Void>> waiters = waitingForWritable;
            waitingForWritable = null;
            waiters.forEach(w -> w.complete(null));
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        closed = true;
        HttpStream stream = current;
        if (stream != null) {
            endCurrent();
            stream.clientGone();
        }
        if (timer != null) {
            timer.cancel(false);
        }
        releaseQueued();
        if (waitingForWritable != null) {
            waitingForWritable.forEach(w -> w.completeExceptionally(new ClosedChannelException()));
            waitingForWritable = null;
        }
        ctx.fireChannelInactive();
    }

    // Taken out of the pipeline while the channel lives on (it switched to HTTP/2): its timer must not close it.
    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        closed = true;
        if (timer != null) {
            timer.cancel(false);
        }
        releaseQueued();
    }

    private void releaseQueued() {
        Object item;
        while ((item = queued.poll()) != null) {
            ReferenceCountUtil.release(item);
        }
        queuedBytes = 0;
    }

    /** Sent to every connection when the server begins to stop. */
    public static final Object SHUTDOWN = new Object() {
        @Override
        public String toString() {
            return "griddle-shutdown";
        }
    };

    // Stopping: a busy connection finishes its request (answered with connection: close). An idle one settles
    // first: a kept-alive client may be writing its next request right now, and closing under it would lose that
    // request (the client sees a reset, not an answer); it is answered with connection: close instead.
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event != SHUTDOWN) {
            ctx.fireUserEventTriggered(event);
            return;
        }
        if (current == null && queued.isEmpty()) {
            settle(ctx);
        } else {
            closeAfterCurrent = true;
            updateReading();
        }
    }

    // Just accepted, kept alive between requests, or a request head on its way: a request may already be on the wire
    // (a client connects and writes at once, or sends its next request as soon as the last answer arrived). It gets
    // a moment to arrive and is then served, with connection: close; until then the connection counts as settling,
    // and the server's stop waits for it.
    private void settle(ChannelHandlerContext ctx) {
        settling = true;
        ctx.channel().attr(SETTLING).set(Boolean.TRUE);
        ctx.executor().schedule(() -> {
            if (settling) {
                settling = false;
                ctx.channel().attr(SETTLING).set(null);
                if (current == null && queued.isEmpty()) {
                    ctx.close();
                }
            }
        }, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Whether any of the connections is still waiting, during a stop, for a request that may be on its way. */
    public static boolean anySettling(Iterable<io.netty.channel.Channel> connections) {
        for (io.netty.channel.Channel connection : connections) {
            if (connection.hasAttr(SETTLING) && connection.attr(SETTLING).get() != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("connection error from {}; closing", ctx.channel().remoteAddress(), cause);
        ctx.close();
    }
}
