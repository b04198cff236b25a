package io.griddle.web;

import io.griddle.concurrent.Stages;
import io.griddle.gateway.Gateway;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.LifespanScope;
import io.griddle.gateway.Receive;
import io.griddle.gateway.Scope;
import io.griddle.gateway.Send;
import io.griddle.gateway.WebSocketScope;
import io.griddle.http.HttpError;
import io.griddle.http.Request;
import io.griddle.http.Response;
import io.griddle.http.internal.RequestAccess;
import io.griddle.routing.Endpoint;
import io.griddle.routing.Route;
import io.griddle.routing.RouteMatch;
import io.griddle.routing.Router;
import io.griddle.routing.UrlPaths;
import io.griddle.websocket.WebSocket;
import io.griddle.websocket.WebSocketEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A web application over the gateway: routes, middleware, exception handlers and lifespan hooks, the counterpart
 * of a Starlette app. Configure it, then hand it to a server or a test client; the first request freezes it.
 * A path that matches no route but would with its trailing slash added or removed is redirected there (307), as
 * Starlette's {@code redirect_slashes}. Named routes and mounts give URLs ({@link #pathFor},
 * {@link Request#urlFor}).
 *
 * <pre>{@code
 * WebApp app = new WebApp()
 *         .get("/quick", Endpoint.async(request -> Async.sleep(ofMillis(5)).thenApply(v -> Map.of("status", "ok"))))
 *         .get("/burgers/{id:int}", Endpoint.blocking(request -> menu.burger((Integer) request.pathParams().get("id"))));
 * }</pre>
 */
public class WebApp implements Gateway, UrlPaths {

    private static final RequestAccess REQUESTS = RequestAccess.get();

    private final Router router = new Router();
    private final Router webSocketRouter = new Router();
    private final List<Middleware> middleware = new ArrayList<>();
    private final List<GatewayMiddleware> gatewayLayers = new ArrayList<>();
    private volatile Gateway outermost;
    private final ErrorHandlers errors = new ErrorHandlers();
    private final Lifespan lifespan = new Lifespan();
    private final WarmUp warmUp = new WarmUp();
    private final Map<String, Object> state = new ConcurrentHashMap<>();
    private volatile HttpHandler pipeline;
    private volatile boolean redirectSlashes = true;
    private final Mounts mounts = new Mounts();

    /** An application without routes, middleware or hooks, redirecting slashes. */
    public WebApp() {}

    /**
     * Whether a path that matches no route, but would with its trailing slash added or removed, answers 307 with
     * the other form as {@code Location} (Starlette's {@code redirect_slashes}); on by default.
     *
     * <pre>{@code app.redirectSlashes(false); // /items/ and /items are simply different paths}</pre>
     */
    public WebApp redirectSlashes(boolean redirect) {
        checkNotStarted();
        this.redirectSlashes = redirect;
        return this;
    }

    /** Adds a route for the methods. */
    public WebApp route(Set<String> methods, String path, Endpoint endpoint) {
        checkNotStarted();
        router.add(new Route(methods, path, endpoint));
        return this;
    }

    /**
     * Adds a named route for the methods: {@code request.urlFor(name, params)} gives its URL, as a route's
     * {@code name=} in Starlette. Names need not be unique; the first route added with the name and exactly the
     * parameters asked for wins.
     *
     * <pre>{@code app.route("readItem", Set.of("GET"), "/items/{id}", endpoint); }</pre>
     */
    public WebApp route(String name, Set<String> methods, String path, Endpoint endpoint) {
        checkNotStarted();
        router.add(new Route(name, methods, path, endpoint));
        return this;
    }

    public WebApp get(String path, Endpoint endpoint) {
        return route(Set.of("GET"), path, endpoint);
    }

    public WebApp post(String path, Endpoint endpoint) {
        return route(Set.of("POST"), path, endpoint);
    }

    public WebApp put(String path, Endpoint endpoint) {
        return route(Set.of("PUT"), path, endpoint);
    }

    public WebApp patch(String path, Endpoint endpoint) {
        return route(Set.of("PATCH"), path, endpoint);
    }

    public WebApp delete(String path, Endpoint endpoint) {
        return route(Set.of("DELETE"), path, endpoint);
    }

    /**
     * Mounts an application under a path prefix, as Starlette's {@code app.mount}: requests (HTTP and WebSocket)
     * under {@code prefix/} go to it with the prefix moved from the path into the root path, so it routes on
     * {@code /items} and builds URLs with {@code /v1/items}; {@code prefix} alone redirects to {@code prefix/}. A
     * route of this application that matches wins over a mount; among mounts, the longest prefix. Its lifespan
     * (startup and shutdown hooks) runs within this one's, and its warm-up within this one's. This application's
     * gateway middleware ({@link #wrap}) wraps it; its {@code (request, next)} middleware and exception handlers do
     * not: it answers on its own.
     *
     * <pre>{@code
     * app.mount("/static", StaticFiles.directory(Path.of("static")));
     * app.mount("/v1", otherApp);
     * }</pre>
     */
    public WebApp mount(String prefix, Gateway app) {
        return mount(prefix, app, null);
    }

    /**
     * Mounts an application under a path prefix with a name to build URLs by, as Starlette's
     * {@code app.mount(path, app, name=)}: {@code request.urlFor(name, Map.of("path", "/styles.css"))} gives
     * {@code .../prefix/styles.css}, and {@code request.urlFor(name + ":" + routeName, params)} a named route of the
     * mounted application (when it is a {@link UrlPaths}, as a {@code WebApp} is). See {@link #mount(String, Gateway)}.
     *
     * <pre>{@code app.mount("/static", StaticFiles.directory(Path.of("static")), "static"); }</pre>
     *
     * @param name the mount's name (no {@code ':'}), or {@code null} for none
     */
    public WebApp mount(String prefix, Gateway app, String name) {
        checkNotStarted();
        Mounts.Mount mount = mounts.add(prefix, name, app);
        // A driver per startup: the same application may be started again (one test client after another).
        java.util.concurrent.atomic.AtomicReference<io.griddle.gateway.LifespanDriver> driver =
                new java.util.concurrent.atomic.AtomicReference<>();
        lifespan.onStartupAsync(state -> {
            io.griddle.gateway.LifespanDriver started = new io.griddle.gateway.LifespanDriver();
            driver.set(started);
            return started.startup(app, Runnable::run);
        });
        lifespan.onShutdown(state -> {
            io.griddle.gateway.LifespanDriver started = driver.getAndSet(null);
            try {
                if (started != null) {
                    started.shutdown(Mounts.SHUTDOWN_LIMIT);
                }
            } catch (Exception failed) {
                throw new IllegalStateException(
                        "the application mounted at '" + mount.prefix() + "' failed to stop", failed);
            }
        });
        warmUp.add(app::warmUp);
        return this;
    }

    /**
     * Adds a WebSocket route. The endpoint is called with the session's handshake request
     * ({@link Request#webSocket()} is the session), where its kind says; {@link WebSocketEndpoint} makes one of a
     * handler. A session that matches no WebSocket route is closed before accept (the server answers 403).
     *
     * <pre>{@code
     * app.websocket("/ws/{room}", WebSocketEndpoint.async(ws -> ws.accept().thenCompose(v -> ws.forEachText(ws::sendText))));
     * app.websocket("/echo", WebSocketEndpoint.blocking(ws -> { ws.accept(); ws.sendText(ws.receiveText()); }));
     * }</pre>
     */
    public WebApp websocket(String path, Endpoint endpoint) {
        checkNotStarted();
        webSocketRouter.add(new Route(Set.of("GET"), path, endpoint));
        return this;
    }

    /** The WebSocket routes, for tools. */
    public List<Route> webSocketRoutes() {
        return webSocketRouter.routes();
    }

    /** Adds middleware; the first added is the outermost. */
    public WebApp use(Middleware layer) {
        checkNotStarted();
        middleware.add(layer);
        return this;
    }

    /**
     * Adds pure middleware around the whole application (every scope, every message); the first added is the
     * outermost, and all of them run outside the {@link #use(Middleware)} layers.
     *
     * <pre>{@code app.wrap(Cors.builder().allowOrigins("https://shop.example").build()); }</pre>
     */
    public WebApp wrap(GatewayMiddleware layer) {
        checkNotStarted();
        if (outermost != null) {
            throw new IllegalStateException(
                    "the application is serving already; configure it before the first request");
        }
        gatewayLayers.add(java.util.Objects.requireNonNull(layer, "layer"));
        return this;
    }

    /** Answers exceptions of the type (and its subtypes) with the handler. */
    public <E extends Throwable> WebApp exceptionHandler(Class<E> type, ExceptionHandler<? super E> handler) {
        checkNotStarted();
        errors.register(type, handler);
        return this;
    }

    /** Runs the hook once at startup, before the server accepts connections; it may fill the state. */
    public WebApp onStartup(Consumer<Map<String, Object>> hook) {
        lifespan.onStartup(hook);
        return this;
    }

    /** Runs the hook once at shutdown, after the server stopped serving. */
    public WebApp onShutdown(Consumer<Map<String, Object>> hook) {
        lifespan.onShutdown(hook);
        return this;
    }

    /**
     * Runs the async hook once at startup, on the loop, and waits for its stage before serving.
     *
     * <pre>{@code
     * app.onStartupAsync(state -> pool.connect().thenAccept(db -> state.put("db", db)));
     * }</pre>
     */
    public WebApp onStartupAsync(Function<Map<String, Object>, CompletionStage<?>> hook) {
        lifespan.onStartupAsync(hook);
        return this;
    }

    /** Runs the async hook once at shutdown, on the loop, and waits for its stage. */
    public WebApp onShutdownAsync(Function<Map<String, Object>, CompletionStage<?>> hook) {
        lifespan.onShutdownAsync(hook);
        return this;
    }

    /**
     * Adds a part to the application's warm-up ({@link #warmUp()}): code that loads, before the server accepts,
     * what a first request would otherwise load on an event loop. It runs once, on the host's thread, after the
     * core's own part and the parts added before it; it must not serve requests.
     *
     * <pre>{@code app.onWarmUp(() -> Templates.load("menu.html")); // compiled at start, not on the first GET}</pre>
     */
    public WebApp onWarmUp(Runnable part) {
        warmUp.add(part);
        return this;
    }

    /**
     * Runs the warm-up once: Jackson's set-up ({@link io.griddle.http.Json#warmUp()}), then the parts added with
     * {@link #onWarmUp(Runnable)}, in order; later calls do nothing. Hosts call it before they serve.
     */
    @Override
    public void warmUp() {
        warmUp.run();
    }

    /** The application's state, shared by every request ({@link Request#state()}). */
    public Map<String, Object> state() {
        return state;
    }

    /**
     * The path, from this application's root, of the named route (then mount) whose parameters are exactly the
     * given ones, as Starlette's {@code url_path_for}; {@code null} when there is none. Handlers use
     * {@link Request#urlFor}, which adds the scheme, host and root path.
     *
     * <pre>{@code app.pathFor("readItem", Map.of("id", "foo"));   // "/items/foo"}</pre>
     */
    @Override
    public String pathFor(String name, Map<String, ?> params) {
        String path = router.pathFor(name, params);
        return path != null ? path : mounts.pathFor(name, params);
    }

    /** The routes, for tools such as documentation generators. */
    public List<Route> routes() {
        return router.routes();
    }

    @Override
    public CompletionStage<Void> call(Scope scope, Receive receive, Send send) {
        Gateway outer = outermost;
        if (outer == null) {
            outer = outermost();
        }
        return outer.call(scope, receive, send);
    }

    // The application behind the pure middleware; `this::serve` itself when there is none.
    private synchronized Gateway outermost() {
        Gateway built = outermost;
        if (built == null) {
            built = this::serve;
            for (int i = gatewayLayers.size() - 1; i >= 0; i--) {
                built = gatewayLayers.get(i).wrap(built);
            }
            outermost = built;
        }
        return built;
    }

    private CompletionStage<Void> serve(Scope scope, Receive receive, Send send) {
        if (!mounts.isEmpty()) {
            CompletionStage<Void> mounted = mounts.call(scope, receive, send, router);
            if (mounted != null) {
                return mounted;
            }
        }
        return switch (scope) {
            case HttpScope http -> new Exchange(request(http, receive), send).run(pipeline(), errors);
            case LifespanScope ignored -> lifespan.serve(state, receive, send);
            case WebSocketScope webSocket -> webSocketSession(webSocket, receive, send);
        };
    }

    private Request request(HttpScope http, Receive receive) {
        Request request = new Request(http, receive, state);
        REQUESTS.urlPaths(request, this);
        return request;
    }

    private CompletionStage<Void> webSocketSession(WebSocketScope scope, Receive receive, Send send) {
        pipeline(); // the application is serving: its routes are frozen
        WebSocket session = new WebSocket(scope, receive, send, state);
        REQUESTS.urlPaths(session.request(), this); // ws.request().urlFor(...) names this application's routes
        return new WebSocketSession(session, send, errors).run(webSocketRouter);
    }

    private HttpHandler pipeline() {
        HttpHandler built = pipeline;
        if (built == null) {
            synchronized (this) {
                built = pipeline;
                if (built == null) {
                    built = buildPipeline();
                    pipeline = built;
                }
            }
        }
        return built;
    }

    // Starlette's order: user middleware (outermost first), then exception handlers, then the router.
    private HttpHandler buildPipeline() {
        HttpHandler inner = this::routeRequest;
        HttpHandler handled = request -> {
            CompletionStage<Response> outcome;
            try {
                outcome = inner.handle(request);
            } catch (Throwable error) {
                return CompletableFuture.completedFuture(errors.toResponse(request, error));
            }
            return recover(outcome, request);
        };
        HttpHandler chain = handled;
        for (int i = middleware.size() - 1; i >= 0; i--) {
            Middleware layer = middleware.get(i);
            HttpHandler next = chain;
            chain = request -> layer.handle(request, next);
        }
        return chain;
    }

    // Maps a failed stage to the error's response, but keeps an already-successful stage as it is (no extra hop).
    private CompletionStage<Response> recover(CompletionStage<Response> outcome, Request request) {
        if (Stages.succeeded(outcome)) {
            return outcome;
        }
        // A CancellableFuture's derived stage cancels it in turn, so a client disconnect still reaches the handler.
        return outcome.exceptionally(error -> errors.toResponse(request, error));
    }

    private CompletionStage<Response> routeRequest(Request request) throws Exception {
        RouteMatch match = router.match(request.method(), request.path());
        if (match instanceof RouteMatch.Found found) {
            Exchange.routed(request, found.route().path().template(), found.params());
            return found.route().endpoint().handle(request);
        }
        if (match instanceof RouteMatch.MethodNotAllowed notAllowed) {
            throw new HttpError(
                    405,
                    "Method Not Allowed",
                    Headers.of("allow", String.join(", ", new TreeSet<>(notAllowed.allowed()))));
        }
        if (redirectSlashes && !mounts.isEmpty() && mounts.exactly(request.path()) != null) {
            return CompletableFuture.completedFuture(Response.redirect(SlashRedirect.location(request.scope())));
        }
        String toggled = redirectSlashes ? SlashRedirect.toggled(request.path()) : null;
        if (toggled != null && !(router.match(request.method(), toggled) instanceof RouteMatch.NotFound)) {
            return CompletableFuture.completedFuture(Response.redirect(SlashRedirect.location(request.scope())));
        }
        throw new HttpError(404, "Not Found");
    }

    private void checkNotStarted() {
        if (pipeline != null) {
            throw new IllegalStateException(
                    "the application is serving already; configure it before the first request");
        }
    }
}
