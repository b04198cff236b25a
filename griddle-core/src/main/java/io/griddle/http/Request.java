package io.griddle.http;

import io.griddle.concurrent.CancellableFuture;
import io.griddle.concurrent.Loop;
import io.griddle.concurrent.Stages;
import io.griddle.gateway.Chunk;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Message;
import io.griddle.gateway.Receive;
import io.griddle.http.internal.RequestAccess;
import io.griddle.routing.NoMatchFound;
import io.griddle.routing.UrlPaths;
import io.griddle.websocket.WebSocket;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * An HTTP request as a handler sees it. Metadata is read at once; the body is read on demand, asynchronously,
 * through the gateway (so that a handler that never reads it never pays for it).
 *
 * <pre>{@code
 * String size = request.queryParam("size");             // ?size=large
 * int id = Integer.parseInt(request.pathParam("id"));   // /burgers/{id}
 * CompletionStage<Order> order = request.json(Order.class);
 * }</pre>
 */
public final class Request {

    private static final CompletableFuture<Void> NO_TASKS = CompletableFuture.completedFuture(null);

    // The web layer's way to the two package-private operations below (see RequestAccess).
    static {
        RequestAccess.install(new RequestAccess() {
            @Override
            public void matched(Request request, String routeTemplate, Map<String, Object> params) {
                request.matched(routeTemplate, params);
            }

            @Override
            public CompletionStage<Void> runAfterResponse(Request request) {
                return request.runAfterResponse();
            }

            @Override
            public void session(Request request, Map<String, Object> session) {
                request.session = session;
            }

            @Override
            public void attach(Request request, WebSocket session) {
                request.webSocket = session;
            }

            @Override
            public void urlPaths(Request request, UrlPaths paths) {
                request.urlPaths = paths;
            }
        });
    }

    private final HttpScope scope;
    private final Receive receive;
    private final Map<String, Object> state;
    private Map<String, Object> pathParams = Map.of();
    private String route;
    private QueryParams query;
    private Map<String, String> cookies;
    private CompletableFuture<byte[]> body;
    private BodyDecoder decoder;
    private List<Supplier<? extends CompletionStage<?>>> afterResponse;
    private boolean responded;
    private Map<String, Object> session;
    private WebSocket webSocket;
    private UrlPaths urlPaths;

    /**
     * @param scope   the request's metadata
     * @param receive where the body comes from
     * @param state   the application's state, filled at startup
     */
    public Request(HttpScope scope, Receive receive, Map<String, Object> state) {
        this.scope = scope;
        this.receive = receive;
        this.state = state;
    }

    /** The gateway scope behind this request. */
    public HttpScope scope() {
        return scope;
    }

    public String method() {
        return scope.method();
    }

    /** The decoded path, without the query. */
    public String path() {
        return scope.path();
    }

    public Headers headers() {
        return scope.headers();
    }

    /** The first value of a header, or {@code null}. Names are case-insensitive. */
    public String header(String name) {
        return scope.headers().get(name);
    }

    /** The query parameters, parsed on first use. */
    public QueryParams queryParams() {
        QueryParams parsed = query;
        if (parsed == null) {
            parsed = QueryParams.parse(scope.rawQuery());
            query = parsed;
        }
        return parsed;
    }

    /** The first value of a query parameter, or {@code null}. */
    public String queryParam(String name) {
        return queryParams().get(name);
    }

    /** The path parameters the route matched, already converted ({@code {id:int}} gives an Integer). */
    public Map<String, Object> pathParams() {
        return pathParams;
    }

    /** A path parameter as text, or {@code null}. */
    public String pathParam(String name) {
        Object value = pathParams.get(name);
        return value == null ? null : value.toString();
    }

    // Set by the router when a route matches (through RequestAccess).
    void matched(String routeTemplate, Map<String, Object> params) {
        this.route = routeTemplate;
        this.pathParams = params;
    }

    /** The template of the route that matched ({@code /burgers/{id:int}}), or {@code null} before routing. */
    public String route() {
        return route;
    }

    /**
     * The URL of the application's root as the client reached it: scheme, {@code Host}, root path (a proxy's prefix
     * and the prefixes of the mounts it came through), ending with {@code /}, as Starlette's {@code base_url}.
     * Without a {@code Host} header the server's address stands in; without that, the URL is only the path.
     *
     * <pre>{@code request.baseUrl();   // "http://127.0.0.1:8000/" or, mounted at /v1, "http://127.0.0.1:8000/v1/"}</pre>
     */
    public String baseUrl() {
        return origin() + scope.rootPath() + "/";
    }

    /**
     * The absolute URL of the named route or mount of the application that serves this request, with its path
     * parameters filled in (percent-encoded), as Starlette's {@code request.url_for}. The parameters must be exactly
     * the route's; a mount's name takes one, {@code path}, and {@code "mount:route"} names a route of a mounted
     * application. Annotated routes are named after their Java method.
     *
     * <pre>{@code
     * request.urlFor("readItem", Map.of("id", "foo"));              // "http://testserver/items/foo"
     * request.urlFor("static", Map.of("path", "/styles.css"));      // "http://testserver/static/styles.css"
     * }</pre>
     *
     * @throws NoMatchFound when nothing has that name with exactly these parameters
     */
    public String urlFor(String name, Map<String, ?> params) {
        UrlPaths paths = urlPaths;
        String path = paths == null ? null : paths.pathFor(name, params);
        if (path == null) {
            throw new NoMatchFound(name, params.keySet());
        }
        return origin() + scope.rootPath() + path;
    }

    /** The absolute URL of the named route that takes no parameters; see {@link #urlFor(String, Map)}. */
    public String urlFor(String name) {
        return urlFor(name, Map.of());
    }

    // scheme://host, from the Host header or else the server's address; "" when neither is known.
    private String origin() {
        String host = scope.headers().get("host");
        if (host == null || host.isEmpty()) {
            InetSocketAddress server =
                    scope.connection() == null ? null : scope.connection().server();
            if (server == null) {
                return "";
            }
            String name = server.getHostString();
            host = (name.indexOf(':') >= 0 ? "[" + name + "]" : name) + defaultPortOrNot(server.getPort());
        }
        return scope.scheme() + "://" + host;
    }

    private String defaultPortOrNot(int port) {
        boolean secure = scope.scheme().equals("https") || scope.scheme().equals("wss");
        return port == (secure ? 443 : 80) ? "" : ":" + port;
    }

    /**
     * The WebSocket session when this request is a session's handshake ({@link WebSocket#request()}), else
     * {@code null}: a dependency that takes the request can serve HTTP routes and WebSocket routes alike.
     */
    public WebSocket webSocket() {
        return webSocket;
    }

    /** The request cookies, parsed on first use. */
    public Map<String, String> cookies() {
        Map<String, String> parsed = cookies;
        if (parsed == null) {
            parsed = Cookies.parse(scope.headers().getAll("cookie"));
            cookies = parsed;
        }
        return parsed;
    }

    /** A cookie's value, or {@code null}. */
    public String cookie(String name) {
        return cookies().get(name);
    }

    /**
     * The session's data, as Starlette's {@code request.session}: a mutable map the {@code Sessions} middleware
     * ({@code io.griddle.middleware.Sessions}) read from the signed cookie and writes back with the response.
     * Values must be JSON values (text, numbers, booleans, lists, maps).
     *
     * <pre>{@code
     * request.session().put("user", "alice");
     * }</pre>
     *
     * @throws IllegalStateException when no {@code Sessions} middleware is installed
     */
    public Map<String, Object> session() {
        Map<String, Object> data = session;
        if (data == null) {
            throw new IllegalStateException(
                    "request.session() needs the Sessions middleware: app.use(Sessions.builder(secretKey).build())");
        }
        return data;
    }

    /** The client's address, or {@code null} when unknown. */
    public InetSocketAddress client() {
        return scope.connection().client();
    }

    /** The application's state, as the startup hooks left it. */
    public Map<String, Object> state() {
        return state;
    }

    /**
     * The whole body. Read once from the gateway and kept; each chunk's memory goes back to the server as soon as it
     * is copied. Fails with {@link ClientDisconnected} if the client goes away first. With a
     * {@linkplain #decodeBody(BodyDecoder) body decoder}, the decoded body.
     */
    public CompletionStage<byte[]> body() {
        CompletableFuture<byte[]> result = body;
        if (result == null) {
            CompletableFuture<byte[]> raw = new CancellableFuture<>();
            result = decoder == null ? raw : decoded(raw, decoder);
            body = result;
            readWhole(raw);
        }
        return result;
    }

    private void readWhole(CompletableFuture<byte[]> whole) {
        CompletionStage<Message> first = receive.receive();
        if (first instanceof CompletableFuture<Message> ready && Stages.succeeded(ready)) {
            start(ready.join(), whole); // the body came with the head: no stage to wait on
        } else {
            first.whenComplete((message, error) -> {
                if (error != null) {
                    whole.completeExceptionally(error);
                } else {
                    start(message, whole);
                }
            });
        }
    }

    /**
     * Has this request's body decoded before anyone reads it: {@link #body()}, {@link #text()}, {@link #json} and
     * the JSON and form binding then see what the decoder returns, as a custom request class overriding
     * {@code body()} would give them. Set it from middleware (a router's, for that router's routes), before the body
     * is read; one decoder per request. The body cannot then be read as a stream ({@link #stream()}).
     *
     * <pre>{@code
     * router.use((request, next) -> {
     *     request.decodeBody(new GzipRequest());   // a BodyDecoder
     *     return next.handle(request);
     * });
     * }</pre>
     *
     * @throws IllegalStateException if the body was read already, or another decoder is set
     */
    public void decodeBody(BodyDecoder decoder) {
        java.util.Objects.requireNonNull(decoder, "decoder");
        if (body != null) {
            throw new IllegalStateException("the body was read already: set a body decoder before reading it");
        }
        if (this.decoder != null) {
            throw new IllegalStateException("this request has a body decoder already: " + this.decoder);
        }
        this.decoder = decoder;
    }

    /** The decoder set with {@link #decodeBody(BodyDecoder)}, or {@code null} when the body is read as it arrived. */
    public BodyDecoder bodyDecoder() {
        return decoder;
    }

    // The decoded body: complete at once when the raw one is (the usual small body), so binding needs no extra stage.
    private CompletableFuture<byte[]> decoded(CompletableFuture<byte[]> raw, BodyDecoder decoder) {
        CancellableFuture<byte[]> decoded = new CancellableFuture<>(() -> raw.cancel(true));
        raw.whenComplete((bytes, error) -> {
            if (error != null) {
                decoded.completeExceptionally(error);
                return;
            }
            try {
                decoded.complete(decoder.decode(this, bytes));
            } catch (HttpError answered) {
                decoded.completeExceptionally(answered);
            } catch (Exception unreadable) {
                decoded.completeExceptionally(new HttpError(400, "There was an error parsing the body"));
            } catch (Throwable fatal) {
                decoded.completeExceptionally(fatal);
            }
        });
        return decoded;
    }

    private void refuseStreamWhenDecoded() {
        if (decoder != null) {
            throw new IllegalStateException(
                    "this request's body is decoded by " + decoder + ": read it whole with body()");
        }
    }

    private void start(Message message, CompletableFuture<byte[]> whole) {
        if (message instanceof HttpMessage.RequestBody part && !part.more()) {
            whole.complete(copy(part.chunk())); // the usual small body: one message, one exact copy
        } else {
            ByteArrayOutputStream into = new ByteArrayOutputStream(expectedLength());
            if (!append(message, into, whole)) {
                readBody(into, whole);
            }
        }
    }

    private static byte[] copy(Chunk chunk) {
        try {
            ByteBuffer buffer = chunk.buffer();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(buffer.position(), bytes); // absolute: the buffer's own position stays
            return bytes;
        } finally {
            chunk.release();
        }
    }

    private int expectedLength() {
        String length = header("content-length");
        if (length == null) {
            return 256;
        }
        try {
            return (int) Math.min(Math.max(0, Long.parseLong(length.strip())), 1 << 20);
        } catch (NumberFormatException e) {
            return 256;
        }
    }

    private void readBody(ByteArrayOutputStream into, CompletableFuture<byte[]> result) {
        receive.receive().whenComplete((message, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
            } else if (!append(message, into, result)) {
                readBody(into, result);
            }
        });
    }

    // Answers whether the body is complete (or failed).
    private static boolean append(Message message, ByteArrayOutputStream into, CompletableFuture<byte[]> result) {
        if (message instanceof HttpMessage.RequestBody part) {
            Chunk chunk = part.chunk();
            try {
                ByteBuffer buffer = chunk.buffer();
                if (buffer.hasArray()) {
                    into.write(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
                } else {
                    byte[] copy = new byte[buffer.remaining()];
                    buffer.duplicate().get(copy);
                    into.write(copy, 0, copy.length);
                }
            } finally {
                chunk.release();
            }
            if (!part.more()) {
                result.complete(into.toByteArray());
                return true;
            }
            return false;
        }
        result.completeExceptionally(new ClientDisconnected());
        return true;
    }

    /**
     * Reads the body chunk by chunk instead of whole, as Starlette's {@code request.stream()}: each chunk goes to the
     * reader, which releases it, and the next is received when the reader's stage completes, so memory stays flat
     * however large the body. Fails with {@link ClientDisconnected} if the client goes away first. The body is read
     * once: by {@link #body()} or by this, not both.
     *
     * <pre>{@code
     * request.stream((chunk, last) -> {
     *     try {
     *         digest.update(chunk.buffer());                     // consume the bytes...
     *     } finally {
     *         chunk.release();                                   // ...then give the memory back
     *     }
     *     return CompletableFuture.completedFuture(null);        // ready for the next chunk
     * });
     * }</pre>
     */
    public CompletionStage<Void> stream(BodyStream.Reader reader) {
        refuseStreamWhenDecoded();
        if (body != null) {
            throw new IllegalStateException("the body was read already");
        }
        body = CompletableFuture.failedFuture(new IllegalStateException("the body was read as a stream"));
        return BodyStream.read(receive, reader);
    }

    /**
     * The body as a publisher of chunks, for uploads larger than memory: a chunk is read from the client only when
     * the subscriber requests one, and each is a heap copy the subscriber owns (the server's buffer is already
     * released). Use it instead of {@link #body()}, not with it; it can be subscribed to once.
     *
     * <pre>{@code
     * request.stream().subscribe(new FileWritingSubscriber(path));   // request(1) after each chunk is written
     * }</pre>
     */
    public java.util.concurrent.Flow.Publisher<ByteBuffer> stream() {
        refuseStreamWhenDecoded();
        return new RequestBodyPublisher(receive);
    }

    /** The body decoded as UTF-8 text. */
    public CompletionStage<String> text() {
        return body().thenApply(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** The body parsed as JSON into the type. */
    public <T> CompletionStage<T> json(Class<T> type) {
        return body().thenApply(bytes -> Json.read(bytes, type));
    }

    /**
     * The whole body, waiting for it: for blocking handlers, which run on their own thread. On an event loop this
     * would wait for the loop itself, so it refuses.
     */
    public byte[] readBody() {
        if (Loop.current() != null) {
            throw new IllegalStateException(
                    "readBody() waits, and this is an event loop: use body() in async handlers");
        }
        return body().toCompletableFuture().join();
    }

    /**
     * Runs the task after the response is sent (or the client left), as Starlette's background tasks and FastAPI's
     * {@code yield} dependencies' exit code do. Tasks run in the order added, each awaited before the next; a failure
     * is logged and does not stop the others. Added after the response went out, a task runs at once.
     *
     * <pre>{@code
     * request.afterResponse(() -> Async.toThread(() -> { session.close(); return null; }));
     * }</pre>
     */
    public void afterResponse(Supplier<? extends CompletionStage<?>> task) {
        synchronized (this) {
            if (!responded) {
                if (afterResponse == null) {
                    afterResponse = new ArrayList<>(2);
                }
                afterResponse.add(task);
                return;
            }
        }
        runTasks(List.of(task), 0);
    }

    // Runs the afterResponse tasks; the application calls it once (through RequestAccess), when the response is sent.
    CompletionStage<Void> runAfterResponse() {
        List<Supplier<? extends CompletionStage<?>>> tasks;
        synchronized (this) {
            responded = true;
            tasks = afterResponse;
            afterResponse = null;
        }
        return tasks == null ? NO_TASKS : runTasks(tasks, 0);
    }

    private static CompletionStage<Void> runTasks(List<Supplier<? extends CompletionStage<?>>> tasks, int from) {
        if (from == tasks.size()) {
            return NO_TASKS;
        }
        CompletionStage<?> running;
        try {
            running = tasks.get(from).get();
        } catch (Throwable error) {
            running = CompletableFuture.failedFuture(error);
        }
        return running.handle((v, error) -> {
                    if (error != null) {
                        org.slf4j.LoggerFactory.getLogger("griddle.error")
                                .error("a task after the response failed", error);
                    }
                    return null;
                })
                .thenCompose(v -> runTasks(tasks, from + 1));
    }

    @Override
    public String toString() {
        // Quoted in log lines: escaped, so that a request cannot forge them.
        return LogText.escape(
                scope.method() + " " + scope.rawPath() + (scope.rawQuery().isEmpty() ? "" : "?" + scope.rawQuery()));
    }

    /** The client went away before the request body was complete. */
    public static final class ClientDisconnected extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        public ClientDisconnected() {
            super("the client disconnected", null, false, false);
        }
    }
}
