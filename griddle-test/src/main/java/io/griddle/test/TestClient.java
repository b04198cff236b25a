package io.griddle.test;

import io.griddle.concurrent.Async;
import io.griddle.concurrent.Concurrency;
import io.griddle.concurrent.Loop;
import io.griddle.gateway.Chunk;
import io.griddle.gateway.Connection;
import io.griddle.gateway.Gateway;
import io.griddle.gateway.HeaderList;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.LifespanDriver;
import io.griddle.gateway.Message;
import io.griddle.http.Status;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives an application in-process through the gateway, with no socket: requests run on a real Griddle loop and
 * blocking executor, so async and blocking handlers behave as under the server. Safe to use from many threads.
 * Closing it runs the application's shutdown hooks (startup ran when it was built), as Starlette's
 * {@code with TestClient(app)} does. Redirects are followed, as Starlette's client does
 * ({@link Builder#followRedirects}).
 *
 * <pre>{@code
 * try (TestClient client = TestClient.of(app)) {
 *     assertThat(client.get("/quick").json()).isEqualTo(Map.of("status", "quick response"));
 *     TestResponse created = client.request("POST", "/orders").json(order).send();
 * }
 * }</pre>
 */
public final class TestClient implements AutoCloseable {

    private static final InetSocketAddress CLIENT = InetSocketAddress.createUnresolved("testclient", 50000);
    private static final InetSocketAddress SERVER = InetSocketAddress.createUnresolved("testserver", 80);

    private final Gateway app;
    private final Concurrency concurrency;
    private final Loop[] loops;
    private final AtomicInteger next = new AtomicInteger();
    private final Duration timeout;
    private final boolean followRedirects;
    private final String rootPath;
    private final String scheme;
    private final String host;
    private final LifespanDriver lifespan = new LifespanDriver();

    private TestClient(Builder builder) {
        this.app = builder.app;
        this.timeout = builder.timeout;
        this.followRedirects = builder.followRedirects;
        this.rootPath = builder.rootPath;
        this.scheme = builder.scheme;
        this.host = builder.host;
        Concurrency.Builder settings = Concurrency.builder().blockingThreads(builder.blockingThreads);
        if (builder.strictLimit != null) {
            settings.slowCallback(builder.strictLimit).strict(true);
        }
        this.concurrency = settings.build();
        this.loops = new Loop[builder.loops];
        for (int i = 0; i < loops.length; i++) {
            loops[i] = concurrency.startLoop("griddle-test-loop-" + i);
        }
        warmUp();
        startLifespan();
    }

    // As a server does, before the lifespan: the first request pays no set-up on the loop (and trips no strict
    // watchdog for it). A failed warm-up only means a slower first request.
    private void warmUp() {
        try {
            app.warmUp();
        } catch (RuntimeException ignored) {
            // the requests themselves will show what is wrong
        }
    }

    /** A client with one loop and virtual threads for blocking handlers. */
    public static TestClient of(Gateway app) {
        return builder(app).build();
    }

    public static Builder builder(Gateway app) {
        return new Builder(app);
    }

    public TestResponse get(String target) {
        return request("GET", target).send();
    }

    public TestResponse head(String target) {
        return request("HEAD", target).send();
    }

    public TestResponse delete(String target) {
        return request("DELETE", target).send();
    }

    public TestResponse options(String target) {
        return request("OPTIONS", target).send();
    }

    /** POSTs a JSON body. */
    public TestResponse post(String target, Object json) {
        return request("POST", target).json(json).send();
    }

    /** PUTs a JSON body. */
    public TestResponse put(String target, Object json) {
        return request("PUT", target).json(json).send();
    }

    /** PATCHes a JSON body. */
    public TestResponse patch(String target, Object json) {
        return request("PATCH", target).json(json).send();
    }

    /**
     * Opens a streamed response to read chunk by chunk, line by line or event by event; closing it disconnects.
     *
     * <pre>{@code
     * try (TestStream events = client.stream("GET", "/items/stream")) { events.nextEvent(); }
     * }</pre>
     */
    public TestStream stream(String method, String target) {
        return request(method, target).stream();
    }

    // For TestRequest.stream(): the same scope as exchangeOnce, read as a stream (no redirects followed).
    TestStream openStream(String method, String target, Headers headers, byte[] body) {
        int question = target.indexOf('?');
        String rawPath = question < 0 ? target : target.substring(0, question);
        String rawQuery = question < 0 ? "" : target.substring(question + 1);
        String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        HttpScope scope = new HttpScope(
                method, path, rawPath, rawQuery, "1.1", "http", "", headers, new Connection(CLIENT, SERVER, false));
        Loop loop = loops[Math.floorMod(next.getAndIncrement(), loops.length)];
        return TestStream.open(app, loop, timeout, scope, body);
    }

    /** Starts a request to build: headers, query, body. */
    public TestRequest request(String method, String target) {
        return new TestRequest(this, method, target);
    }

    /**
     * Opens a WebSocket session with the application, as Starlette's {@code websocket_connect}: returns once it
     * accepted; a close before accept throws {@link io.griddle.websocket.WebSocketDisconnect} with its code, any
     * other refusal {@link TestWebSocket.Denied} with the HTTP status the server would answer.
     *
     * <pre>{@code
     * try (TestWebSocket ws = client.websocketConnect("/ws/kitchen?token=abc")) {
     *     ws.sendText("hello");
     *     assertThat(ws.receiveText()).isEqualTo("hello");
     * }
     * }</pre>
     */
    public TestWebSocket websocketConnect(String target) {
        return websocketConnect(target, java.util.Map.of(), java.util.List.of());
    }

    /** {@link #websocketConnect(String)} with extra handshake headers (cookies, authorization, ...). */
    public TestWebSocket websocketConnect(String target, java.util.Map<String, String> headers) {
        return websocketConnect(target, headers, java.util.List.of());
    }

    /** {@link #websocketConnect(String)} with extra handshake headers and the subprotocols offered. */
    public TestWebSocket websocketConnect(
            String target, java.util.Map<String, String> headers, java.util.List<String> subprotocols) {
        return new TestWebSocket(
                app,
                loops[Math.floorMod(next.getAndIncrement(), loops.length)],
                timeout,
                WebSocketHandshake.scope(target, headers, subprotocols, new Connection(CLIENT, SERVER, false)));
    }

    /** The concurrency the app runs under here: its loops, blocking executor and watchdog. */
    public Concurrency concurrency() {
        return concurrency;
    }

    // Follows redirects as Starlette's client does by default (httpx: at most 20; 303, and 301/302 after a POST,
    // turn into a GET without body); every URL goes to the app, whatever its host.
    TestResponse exchange(String method, String target, HeaderList headers, byte[] body) {
        TestResponse response = exchangeOnce(method, target, headers, body);
        for (int hops = 0; followRedirects && isRedirect(response); hops++) {
            if (hops == MAX_REDIRECTS) {
                throw new AssertionError(
                        method + " " + target + " was redirected more than " + MAX_REDIRECTS + " times");
            }
            int status = response.status();
            if (status == 303 || (status == 301 || status == 302) && method.equals("POST")) {
                method = method.equals("HEAD") ? "HEAD" : "GET";
                body = new byte[0];
                headers = copy(headers);
                headers.remove("content-type");
                headers.remove("content-length");
            }
            target = redirectTarget(target, response.header("location"));
            response = exchangeOnce(method, target, headers, body);
        }
        return response;
    }

    private static final int MAX_REDIRECTS = 20;

    private static boolean isRedirect(TestResponse response) {
        int status = response.status();
        return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
                && response.header("location") != null;
    }

    private static HeaderList copy(Headers headers) {
        HeaderList copy = new HeaderList(headers.size());
        headers.forEach(copy::add);
        return copy;
    }

    // The path and query of the location, resolved against the current target when it is relative.
    private static String redirectTarget(String current, String location) {
        java.net.URI resolved =
                java.net.URI.create("http://testserver").resolve(current).resolve(location);
        String path = resolved.getRawPath() == null || resolved.getRawPath().isEmpty() ? "/" : resolved.getRawPath();
        return resolved.getRawQuery() == null ? path : path + "?" + resolved.getRawQuery();
    }

    private TestResponse exchangeOnce(String method, String target, Headers headers, byte[] body) {
        int question = target.indexOf('?');
        String rawPath = question < 0 ? target : target.substring(0, question);
        String rawQuery = question < 0 ? "" : target.substring(question + 1);
        String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (host != null && headers.get("host") == null) {
            HeaderList withHost = copy(headers);
            withHost.add("host", host);
            headers = withHost;
        }
        HttpScope scope = new HttpScope(
                method,
                path,
                rawPath,
                rawQuery,
                "1.1",
                scheme,
                rootPath,
                headers,
                new Connection(CLIENT, SERVER, scheme.equals("https")));
        Collector collector = new Collector(method.equals("HEAD"), body);
        Loop loop = loops[Math.floorMod(next.getAndIncrement(), loops.length)];
        loop.execute(() -> {
            CompletionStage<Void> call;
            try {
                call = app.call(scope, collector::receive, collector::send);
            } catch (Throwable error) {
                call = CompletableFuture.failedFuture(error);
            }
            call.whenComplete((v, error) -> collector.callEnded(error));
        });
        try {
            return collector.result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = Async.unwrap(e);
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (TimeoutException e) {
            throw new AssertionError(method + " " + target + " got no response within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + method + " " + target);
        }
    }

    /** Collects one response; raises what the application raised, as Starlette's client does by default. */
    private static final class Collector {
        final CompletableFuture<TestResponse> result = new CompletableFuture<>();
        final CompletableFuture<Message> ended = new CompletableFuture<>();
        final boolean head;
        final byte[] requestBody;
        boolean bodySent;
        HttpMessage.ResponseStart start;
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        volatile TestResponse response;

        Collector(boolean head, byte[] requestBody) {
            this.head = head;
            this.requestBody = requestBody;
        }

        synchronized CompletionStage<Message> receive() {
            if (!bodySent) {
                bodySent = true;
                return CompletableFuture.completedFuture(new HttpMessage.RequestBody(Chunk.of(requestBody), false));
            }
            return ended;
        }

        synchronized CompletionStage<Void> send(Message message) {
            if (message instanceof HttpMessage.ResponseStart responseStart && start == null) {
                start = responseStart;
            } else if ((message instanceof HttpMessage.ResponseBody || message instanceof HttpMessage.ResponseFile)
                    && start != null
                    && response == null) {
                boolean more;
                if (message instanceof HttpMessage.ResponseBody part) {
                    ByteBuffer bytes = part.body().duplicate();
                    byte[] copy = new byte[bytes.remaining()];
                    bytes.get(copy);
                    body.write(copy, 0, copy.length);
                    more = part.more();
                } else {
                    HttpMessage.ResponseFile file = (HttpMessage.ResponseFile) message;
                    if (!head) {
                        try {
                            FileRegions.read(file, body);
                        } catch (java.io.IOException unreadable) {
                            return CompletableFuture.failedFuture(unreadable);
                        }
                    }
                    more = false;
                }
                if (!more) {
                    HeaderList headers = copy(start.headers());
                    if (Status.allowsBody(start.status()) && headers.get("content-length") == null) {
                        headers.add("content-length", Integer.toString(body.size()));
                    }
                    response = new TestResponse(start.status(), headers, head ? new byte[0] : body.toByteArray());
                    ended.complete(HttpMessage.Disconnect.INSTANCE);
                }
            } else {
                return CompletableFuture.failedFuture(new IllegalStateException("unexpected message " + message));
            }
            return CompletableFuture.completedFuture(null);
        }

        void callEnded(Throwable error) {
            ended.complete(HttpMessage.Disconnect.INSTANCE);
            if (error != null) {
                result.completeExceptionally(error);
            } else if (response != null) {
                result.complete(response);
            } else {
                result.completeExceptionally(new AssertionError("the application ended without a complete response"));
            }
        }
    }

    private void startLifespan() {
        try {
            lifespan.startup(app, loops[0]).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            close();
            throw new IllegalStateException("application startup failed", Async.unwrap(e));
        }
    }

    /** Runs the shutdown hooks and stops the loops. */
    @Override
    public void close() {
        try {
            lifespan.shutdown(timeout);
        } catch (Exception ignored) {
            // shutting down regardless
        } finally {
            concurrency.close();
        }
    }

    /** Builds a {@link TestClient}. */
    public static final class Builder {
        private final Gateway app;
        private int loops = 1;
        private int blockingThreads;
        private Duration strictLimit;
        private Duration timeout = Duration.ofSeconds(30);
        private boolean followRedirects = true;
        private String rootPath = "";
        private String scheme = "http";
        private String host;

        private Builder(Gateway app) {
            this.app = app;
        }

        /** Event loops to spread requests over (default 1). */
        public Builder loops(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("loops must be at least 1");
            }
            this.loops = count;
            return this;
        }

        /** A bounded blocking pool instead of virtual threads, as {@code --blocking-threads} does. */
        public Builder blockingThreads(int threads) {
            this.blockingThreads = threads;
            return this;
        }

        /**
         * Strict watchdog: a request whose task holds the loop longer than the limit fails with
         * {@link io.griddle.concurrent.LoopBlockedException}, thrown from the call that sent it.
         */
        public Builder strictLoop(Duration limit) {
            this.strictLimit = limit;
            return this;
        }

        /** How long a call waits for its response before failing the test (default 30 s). */
        public Builder timeout(Duration limit) {
            this.timeout = limit;
            return this;
        }

        /**
         * Whether a 301, 302, 303, 307 or 308 with a {@code location} is followed (default true, as Starlette's
         * client); turned off, the redirect itself is the response.
         */
        public Builder followRedirects(boolean follow) {
            this.followRedirects = follow;
            return this;
        }

        /**
         * The root path every request's scope carries, as a server's {@code --root-path} behind a proxy that strips
         * the prefix (Starlette's {@code TestClient(app, root_path="/api/v1")}); empty by default.
         */
        public Builder rootPath(String prefix) {
            this.rootPath = prefix;
            return this;
        }

        /**
         * The URL requests are made to, as Starlette's {@code TestClient(app, base_url=...)}: its scheme is the
         * scope's ({@code https} for an encrypted connection) and its host is sent as the {@code Host} header when a
         * request has none. Without it, requests are plain {@code http} and carry no {@code Host}.
         *
         * <pre>{@code TestClient.builder(app).baseUrl("https://example.com").build(); }</pre>
         */
        public Builder baseUrl(String url) {
            java.net.URI uri = java.net.URI.create(url);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                throw new IllegalArgumentException("a base URL has a scheme and a host: " + url);
            }
            this.scheme = uri.getScheme();
            this.host = uri.getRawAuthority();
            return this;
        }

        public TestClient build() {
            return new TestClient(this);
        }
    }
}
