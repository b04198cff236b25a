// Longer than 400 lines on purpose: the pump and the rules that give each request one final answer (a malformed
// body, a body over the limit, a request timeout) share the queue and the current stream, and read best together;
// every other concern of the connection is its own class (listed below).
package io.griddle.server.http1;

import io.griddle.gateway.Connection;
import io.griddle.gateway.Gateway;
import io.griddle.gateway.HttpScope;
import io.griddle.http.LogText;
import io.griddle.server.http1.codec.RequestTarget;
import io.griddle.server.websocket.WebSocketUpgrade;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP/1.1 connection, after Netty's {@code HttpServerCodec} (or one HTTP/2 stream, seen as HTTP/1.1 objects).
 * It serves requests one at a time, in order: pipelined ones wait in a {@link RequestQueue}, which also holds the
 * backpressure on request bodies. It keeps reading while a handler runs, so that a client that leaves is noticed
 * and its handler cancelled. This class is the pump that moves the queue; each other concern is its own piece:
 * <ul>
 *   <li>{@link ConnectionTimeouts}: keep-alive and header-read;</li>
 *   <li>{@link BodyLimit}: the request body limit;</li>
 *   <li>{@link ServerAnswers} and {@link Rejection}: the server's own answers, then a lingering close;</li>
 *   <li>{@link RequestOrigin}: proxy headers and root path, to the scope's client, scheme and path;</li>
 *   <li>{@link Writability}: the {@code writable()} stages of streaming responses;</li>
 *   <li>{@link ServerStop}: a graceful stop;</li>
 *   <li>{@link HttpStream}: one request and its response.</li>
 * </ul>
 *
 * <p>Malformed input is answered here, never passed on: a bad request line or headers 400, an over-long request
 * line 414, over-large headers 431; the connection then closes, and the loop goes on serving the others.
 */
public final class HttpConnection extends ChannelInboundHandlerAdapter implements ConnectionTimeouts.Watched {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.http");

    private final ConnectionSettings settings;
    private final Gateway app;
    private final ConnectionTracker tracker;
    private final boolean secure;
    private final boolean http2Stream;
    private final RequestQueue queue = new RequestQueue();
    private final ConnectionTimeouts timeouts;
    private final BodyLimit bodyLimit;
    private final ServerAnswers answers;
    private final Writability writability = new Writability();
    private ChannelHandlerContext ctx;
    private RequestOrigin origin;

    private HttpStream current;
    private boolean discardingBody;
    private boolean pumping;
    private boolean closed;
    private boolean closeAfterCurrent;
    // The connection's end is arranged (an answer sent with connection: close, or a close after the writes): nothing
    // read from now on is answered, so nothing more is queued.
    private boolean closeArranged;
    // The last request head read: the access log names it when its body turns out malformed.
    private HttpRequest lastHead;
    // The last request head that started (was handed to the application or refused by the server).
    private HttpRequest lastStarted;
    // A head whose body is likely in the same read: the request starts when its body is queued (or the read ends),
    // so that an application asking for the body as it starts gets it at once, without a stage to wait on.
    private boolean holdingHead;
    // Handed over to a WebSocket session, which replaced this handler: the channel's reading is no longer ours.
    private boolean upgraded;

    /** A plain HTTP/1.1 connection. */
    public HttpConnection(ConnectionSettings settings) {
        this(settings, false, false);
    }

    /**
     * @param settings    what every connection of the server shares
     * @param secure      whether it runs over TLS (the scope's scheme is then {@code https})
     * @param http2Stream whether this is one HTTP/2 stream, seen as HTTP/1.1 objects (one request, no keep-alive)
     */
    public HttpConnection(ConnectionSettings settings, boolean secure, boolean http2Stream) {
        this.settings = settings;
        this.app = settings.app();
        this.tracker = settings.tracker();
        this.secure = secure;
        this.http2Stream = http2Stream;
        this.timeouts = new ConnectionTimeouts(settings, this);
        this.bodyLimit = new BodyLimit(settings);
        this.answers = new ServerAnswers(settings, http2Stream);
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
        if (origin == null) {
            origin = new RequestOrigin(settings, ctx.channel(), secure, http2Stream);
            timeouts.start(ctx);
        }
    }

    /** Raw bytes arrived (from {@link ByteActivity}): the first ones of a request start its header-read clock. */
    void bytesArrived() {
        if (current == null && queue.isEmpty()) {
            timeouts.requestBytesArrived();
        }
    }

    @Override
    public boolean over() {
        return closed || answers.draining();
    }

    @Override
    public boolean busy() {
        return current != null || !queue.isEmpty();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (closed || answers.draining() || closeArranged || !(msg instanceof HttpObject object)) {
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
            queue.addRejection(Rejection.of(cause, failed, timeouts.headStartedAt()));
        } else if (msg instanceof FullHttpRequest full) {
            // A whole request in one object (how an HTTP/2 stream delivers a request): queue its head and its body
            // apart, so that each is handled, and released, like the parts of an HTTP/1.1 request.
            int length = full.content().readableBytes();
            queueHead(
                    new DefaultHttpRequest(full.protocolVersion(), full.method(), full.uri(), full.headers()),
                    length > 0 && bodyLimit.allows(length));
            channelRead(ctx, new DefaultLastHttpContent(full.content(), full.trailingHeaders()));
            return;
        } else if (msg instanceof HttpRequest request) {
            if (queueHead(request, bodyLimit.bodyFollows(request))) {
                return; // started by the body's channelRead, or by channelReadComplete
            }
        } else if (msg instanceof HttpContent content) {
            if (!bodyLimit.admit(content.content().readableBytes())) {
                content.release();
                bodyTooLarge();
                return;
            }
            queue.addChunk(content);
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
        bodyLimit.headArrived();
        queue.addHead(request);
        holdingHead = current == null && bodyFollows;
        return holdingHead;
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
                Object head = queue.peek();
                if (head == null) {
                    break;
                }
                if (discardingBody && head instanceof HttpContent content) {
                    queue.poll();
                    discardingBody = !(content instanceof LastHttpContent);
                    content.release();
                    continue;
                }
                if (current == null) {
                    queue.poll();
                    if (head instanceof HttpRequest request) {
                        start(request);
                    } else if (head instanceof Rejection rejection) {
                        answers.log(
                                origin.connection().client(), rejection.request(), rejection.status(), rejection.at());
                        respondAndClose(rejection.status(), rejection.message());
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

    // Hands the current request its next body chunk if it waits for one and one is queued (with lastOnly, only the
    // body's last chunk); answers whether it did.
    private boolean deliverQueuedBody(boolean lastOnly) {
        if (current != null
                && !discardingBody
                && current.wantsBody()
                && queue.peek() instanceof HttpContent content
                && (!lastOnly || content instanceof LastHttpContent)) {
            queue.poll();
            current.deliver(content);
            return true;
        }
        return false;
    }

    // Reads while the unread backlog is small and the connection has a future; stops (auto-read off) otherwise.
    private void updateReading() {
        if (!answers.draining() && !upgraded) {
            queue.updateReading(ctx.channel(), !closed && !closeAfterCurrent);
        }
    }

    private void start(HttpRequest request) {
        lastStarted = request;
        long startedAt = timeouts.requestStarted();
        // A settling connection stays so until its timer: the request counts in flight by then.
        ProxyHeaders.Origin forwarded = origin.forwarded(request);
        Connection client = origin.client(forwarded);
        RequestTarget target = RequestTarget.parse(request.uri(), !http2Stream); // HTTP/1.1: RequestLine checked it
        Rejection refused = Rejection.atStart(request, target, http2Stream, bodyLimit, settings, startedAt);
        if (refused != null) {
            discardingBody = true;
            answers.log(client.client(), request, refused.status(), startedAt);
            respondAndClose(refused.status(), refused.message());
            return;
        }
        if (!http2Stream && WebSocketUpgrade.requested(request, settings)) {
            upgradeToWebSocket(request, origin.scope(request, target, forwarded, client));
            return;
        }
        HttpStream stream = new HttpStream(this, ctx, request, settings, client.client());
        current = stream;
        tracker.requestStarted();
        HttpScope scope = origin.scope(request, target, forwarded, client);
        CompletionStage<Void> call;
        try {
            call = app.call(scope, stream, stream);
        } catch (Throwable error) {
            call = CompletableFuture.failedFuture(new CompletionException(error));
        }
        stream.watch(call);
        trackCall(call);
    }

    // A call still running is counted until it ends: its response may be out already while background tasks run,
    // and a graceful stop waits for those (the request itself stops counting when its response is complete).
    private void trackCall(CompletionStage<Void> call) {
        if (call.toCompletableFuture().isDone()) {
            return; // the usual fast request: nothing outlives it
        }
        tracker.callRunning();
        call.whenComplete((v, error) -> tracker.callEnded());
    }

    // The request asks for a WebSocket: the session replaces this handler and counts in flight until it closes.
    private void upgradeToWebSocket(HttpRequest request, HttpScope scope) {
        upgraded = true;
        tracker.requestStarted();
        WebSocketUpgrade.start(ctx, request, scope, settings, () -> {
            tracker.requestEnded();
            settings.leave();
        });
    }

    /** Called by a stream once its response is complete: the next pipelined request may go. */
    void streamEnded(HttpStream stream) {
        if (current != stream) {
            return;
        }
        endCurrent();
        timeouts.requestEnded();
        if (!stream.bodyComplete()) {
            discardingBody = true;
        }
        if (!stream.keepAlive()) {
            closeAfterCurrent = true;
            closeArranged = true; // the stream closes the connection after its last write
            queue.releaseAll();
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
        return current == null && queue.isEmpty() && !closed && !closeAfterCurrent && !tracker.shuttingDown();
    }

    /** Whether this serves one HTTP/2 stream. */
    boolean http2Stream() {
        return http2Stream;
    }

    /** Whether the connection closes after the current response (a bad message, a server shutting down). */
    boolean closing() {
        return closeAfterCurrent || tracker.shuttingDown();
    }

    // The server answers for itself, and the connection ends: nothing queued will be served.
    private void respondAndClose(HttpResponseStatus status, String message) {
        arrangeClose();
        answers.respondAndClose(ctx, status, message);
    }

    private void arrangeClose() {
        closeAfterCurrent = true;
        closeArranged = true;
        queue.releaseAll();
    }

    // The server answers for the stream being served, which it has abandoned: it ends here.
    private void answerInsteadOf(HttpStream stream, HttpResponseStatus status, String message) {
        endCurrent();
        answers.log(stream.client(), stream.request(), status, stream.startedAt());
        respondAndClose(status, message);
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
        if (request != null && request != lastStarted && queue.dropFrom(request)) {
            holdingHead = false;
            if (current == null) {
                queue.addRejection(Rejection.badRequest(request, System.nanoTime()));
            }
            pump();
            return;
        }
        HttpStream stream = current;
        if (stream != null && stream.request() == request && stream.abandon()) {
            answerInsteadOf(stream, HttpResponseStatus.BAD_REQUEST, "Invalid HTTP request received.");
            return;
        }
        if (LOG.isInfoEnabled()) {
            LOG.info(
                    "closing the connection from {}: the body of {} is malformed ({}), after its answer had begun",
                    ctx.channel().remoteAddress(),
                    request == null ? "a request" : LogText.escape(request.method() + " " + request.uri()),
                    LogText.escape(cause.getMessage()));
        }
        arrangeClose();
        updateReading();
        ServerAnswers.closeAfterWrites(ctx);
    }

    // A chunked body grew past the limit. If its request is the one being served and nothing was answered yet, the
    // answer is 413; otherwise the connection closes after the current response. Either way the rest is dropped.
    private void bodyTooLarge() {
        if (!bodyLimit.cross()) {
            return;
        }
        HttpStream stream = current;
        if (stream != null && !stream.bodyComplete() && stream.abandon()) {
            answerInsteadOf(stream, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "Request body too large");
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
        discardingBody = true;
        LOG.warn("Request timed out: {}", stream.described());
        answerInsteadOf(
                stream,
                waitingForBody ? HttpResponseStatus.REQUEST_TIMEOUT : HttpResponseStatus.SERVICE_UNAVAILABLE,
                waitingForBody ? "Request Timeout" : "Service Unavailable");
    }

    /** A stage that completes once the socket's write buffer drains below its high-water mark. */
    CompletionStage<Void> writable() {
        return writability.writable(ctx.channel(), closed);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        writability.changed(ctx.channel());
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
        timeouts.stop();
        queue.releaseAll();
        writability.closed();
        ctx.fireChannelInactive();
    }

    // Taken out of the pipeline while the channel lives on (it switched to HTTP/2): its timer must not close it.
    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        closed = true;
        timeouts.stop();
        queue.releaseAll();
    }

    // Stopping: a busy connection finishes its request (answered with connection: close); an idle one settles.
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event != ServerStop.SHUTDOWN) {
            ctx.fireUserEventTriggered(event);
            return;
        }
        if (current == null && queue.isEmpty()) {
            ServerStop.settle(ctx, () -> current == null && queue.isEmpty());
        } else {
            closeAfterCurrent = true;
            updateReading();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("connection error from {}; closing", ctx.channel().remoteAddress(), cause);
        ctx.close();
    }
}
