package io.griddle;

import io.griddle.binding.Description;
import io.griddle.binding.Endpoints;
import io.griddle.binding.Providers;
import io.griddle.binding.RouteDocs;
import io.griddle.gateway.Gateway;
import io.griddle.gateway.Receive;
import io.griddle.gateway.Scope;
import io.griddle.gateway.Send;
import io.griddle.http.JsonLimits;
import io.griddle.openapi.Contact;
import io.griddle.openapi.License;
import io.griddle.openapi.OpenApiInfo;
import io.griddle.openapi.OperationRoute;
import io.griddle.openapi.Tag;
import io.griddle.openapi.document.DocsRoutes;
import io.griddle.openapi.document.OpenApiDocument;
import io.griddle.openapi.document.SwaggerUiParameters;
import io.griddle.openapi.document.Webhooks;
import io.griddle.routing.Endpoint;
import io.griddle.web.ExceptionHandler;
import io.griddle.web.GatewayMiddleware;
import io.griddle.web.Middleware;
import io.griddle.web.WebApp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A Griddle application: declarative endpoints on plain classes, the counterpart of FastAPI's {@code FastAPI()}.
 *
 * <pre>{@code
 * class Shop {
 *     @Get("/burgers/{id}") Burger burger(@Path int id, @Query Optional<String> size) { ... }   // blocking
 *     @Get("/quick") CompletionStage<Status> quick() {                                          // async
 *         return Async.sleep(ofMillis(5)).thenApply(v -> new Status("ok"));
 *     }
 * }
 * public static void main(String[] args) {
 *     Griddle.run(App.create().include(new Shop()), args);
 * }
 * }</pre>
 *
 * <p>Its OpenAPI document is at {@code /openapi.json}, Swagger UI at {@code /docs} and ReDoc at {@code /redoc},
 * served from the jar (no CDN); see {@link #title(String)} and {@link #openapiUrl(String)}.
 */
public final class App implements Gateway, io.griddle.routing.UrlPaths {

    private final WebApp web = new WebApp();
    private final Providers providers = new Providers();
    private final List<Class<?>> appWide = new ArrayList<>();
    private final List<Description> described = new ArrayList<>();
    private boolean included;
    private boolean strictContentType = true;
    private String title = OpenApiInfo.defaults().title();
    private String version = OpenApiInfo.defaults().version();
    private String description;
    private String summary;
    private String termsOfService;
    private Contact contact;
    private License license;
    private final List<Tag> tags = new ArrayList<>();
    private String openapiUrl = DocsRoutes.Urls.defaults().openapi();
    private String docsUrl = DocsRoutes.Urls.defaults().docs();
    private String redocUrl = DocsRoutes.Urls.defaults().redoc();
    private volatile boolean docsInstalled;
    private final List<io.griddle.openapi.Server> servers = new ArrayList<>();
    private boolean rootPathInServers = true;
    private volatile String rootPath = "";
    private Function<OperationRoute, String> uniqueIds;
    private boolean separateSchemas = true;
    private Supplier<Map<String, Object>> openapiGenerator;
    private Map<String, Object> openapiDocument;
    private final Webhooks webhooks = new Webhooks();
    private final Map<String, Object> swaggerUiParameters = new LinkedHashMap<>();

    private App() {
        web.exceptionHandler(RequestValidationError.class, ExceptionHandlers::requestValidation);
        web.onWarmUp(() -> Endpoints.warmUp(descriptions())); // the framework's part: what the routes load (forms)
    }

    public static App create() {
        return new App();
    }

    /** Adds every annotated method of the controller as a route. */
    public App include(Object controller) {
        return include("", controller);
    }

    /** Adds every annotated method of the controller as a route under the prefix ({@code /api}). */
    public App include(String prefix, Object controller) {
        if (controller instanceof ApiRouter router) {
            return include(prefix, router);
        }
        return add(ApiRouter.checkPrefix(prefix), controller, RouteDocs.Group.NONE);
    }

    /**
     * Adds the routes of a router and of the routers it includes, with their prefixes, tags, dependencies and
     * responses, as FastAPI's {@code app.include_router(router)}.
     *
     * <pre>{@code
     * app.include(ApiRouter.create().prefix("/users").tags("users").include(new Users()));
     * }</pre>
     */
    public App include(ApiRouter router) {
        return include("", router);
    }

    /** Adds a router's routes under a further prefix. */
    public App include(String prefix, ApiRouter router) {
        ApiRouter outer = ApiRouter.create().include(prefix, router);
        for (ApiRouter.Included controller : outer.controllers()) {
            add(controller.prefix(), controller.controller(), controller.group(), controller.layers());
        }
        return this;
    }

    private App add(String prefix, Object controller, RouteDocs.Group group) {
        return add(prefix, controller, group, List.of());
    }

    // With the middleware and exception handlers of the routers the controller was included through.
    private App add(String prefix, Object controller, RouteDocs.Group group, List<RouterLayers> layers) {
        included = true;
        RouteDocs.Group withApp =
                group.within(new RouteDocs.Group(List.copyOf(appWide), List.of(), List.of(), false, true)
                        .strictContentType(strictContentType));
        for (Endpoints.Declared route : Endpoints.scan(controller, providers, withApp)) {
            if (Endpoints.isWebSocket(route)) { // not in the OpenAPI document, as FastAPI
                web.websocket(prefix + route.path(), route.endpoint());
                continue;
            }
            // Named after the Java method, as FastAPI names a route after its function: request.urlFor("readItem", ...)
            web.route(
                    route.handler().getName(),
                    Set.of(route.method()),
                    prefix + route.path(),
                    RouterLayers.wrap(route.endpoint(), layers));
            synchronized (described) {
                described.add(route.description().under(prefix));
            }
        }
        return this;
    }

    /**
     * Describes tags in the document's top-level {@code tags}, as FastAPI's {@code openapi_tags}: the docs pages
     * show the descriptions and list the tags in this order.
     *
     * <pre>{@code
     * app.tags(Tag.of("users", "Operations with users."), Tag.of("items", "Manage items."));
     * }</pre>
     */
    public App tags(Tag... tags) {
        this.tags.addAll(List.of(tags));
        return this;
    }

    /**
     * The API's title in the OpenAPI document and the docs pages ("Griddle" unless set).
     *
     * <pre>{@code
     * App.create().title("Burger shop").version("1.0.0").description("Burgers, cooked concurrently.");
     * }</pre>
     */
    public App title(String title) {
        this.title = Objects.requireNonNull(title, "title");
        return this;
    }

    /** The API's version in the OpenAPI document ("0.1.0" unless set). */
    public App version(String version) {
        this.version = Objects.requireNonNull(version, "version");
        return this;
    }

    /** The API's description in the OpenAPI document (Markdown; none unless set). */
    public App description(String description) {
        this.description = description;
        return this;
    }

    /**
     * A short summary of the API in the document's {@code info} (none unless set), as FastAPI's {@code summary=}.
     *
     * <pre>{@code
     * App.create().title("ChimichangApp").summary("Deadpool's favorite app. Nuff said.")
     *         .termsOfService("http://example.com/terms/")
     *         .contact(new Contact("Deadpoolio the Amazing", "http://x-force.example.com/contact/", null))
     *         .license(License.identifier("Apache 2.0", "Apache-2.0"));
     * }</pre>
     */
    public App summary(String summary) {
        this.summary = summary;
        return this;
    }

    /** The URL of the terms of service in the document's {@code info}, as FastAPI's {@code terms_of_service=}. */
    public App termsOfService(String url) {
        this.termsOfService = url;
        return this;
    }

    /** The contact in the document's {@code info}, as FastAPI's {@code contact=}. */
    public App contact(Contact contact) {
        this.contact = contact;
        return this;
    }

    /** The license in the document's {@code info}, as FastAPI's {@code license_info=}. */
    public App license(License license) {
        this.license = license;
        return this;
    }

    /**
     * Where the OpenAPI document is served ({@code /openapi.json}); {@code null} serves no document and no docs
     * pages, as FastAPI's {@code openapi_url=None}.
     *
     * <pre>{@code
     * App.create().openapiUrl(null);              // no /openapi.json, /docs or /redoc
     * App.create().openapiUrl("/api/openapi.json").docsUrl("/api/docs").redocUrl(null);
     * }</pre>
     */
    public App openapiUrl(String url) {
        this.openapiUrl = checkUrl(url);
        return this;
    }

    /** Where Swagger UI is served ({@code /docs}, its files under it); {@code null} for none. */
    public App docsUrl(String url) {
        this.docsUrl = checkUrl(url);
        return this;
    }

    /**
     * Configures Swagger UI at {@code /docs}, as FastAPI's {@code swagger_ui_parameters}: each parameter is added to
     * the page's configuration object (JSON: strings, numbers, booleans, maps, lists), replacing a default
     * ({@code dom_id}, {@code layout}, {@code deepLinking}, {@code showExtensions}, {@code showCommonExtensions}).
     *
     * <pre>{@code
     * App.create().swaggerUiParameters(Map.of("syntaxHighlight", Map.of("theme", "obsidian")));
     * App.create().swaggerUiParameters(Map.of("deepLinking", false));
     * }</pre>
     */
    public App swaggerUiParameters(Map<String, ?> parameters) {
        if (docsInstalled) {
            throw new IllegalStateException("set the Swagger UI parameters before the first request");
        }
        SwaggerUiParameters.lines(parameters); // refuses what is not JSON now, not at the first request
        swaggerUiParameters.putAll(parameters);
        return this;
    }

    /** Where ReDoc is served ({@code /redoc}); {@code null} for none. */
    public App redocUrl(String url) {
        this.redocUrl = checkUrl(url);
        return this;
    }

    private String checkUrl(String url) {
        if (docsInstalled) {
            throw new IllegalStateException("set the documentation URLs before the first request");
        }
        if (url != null && !url.startsWith("/")) {
            throw new IllegalArgumentException("a URL path starts with '/': " + url);
        }
        return url;
    }

    /**
     * The document's {@code servers}, as FastAPI's {@code servers=[...]}; the root path a request comes under is put
     * first (unless {@link #rootPathInServers} is off, or it is listed already).
     *
     * <pre>{@code
     * app.servers(new Server("https://stag.example.com", "Staging environment"));
     * }</pre>
     */
    public App servers(io.griddle.openapi.Server... list) {
        checkUrl(null);
        servers.addAll(List.of(list));
        return this;
    }

    /**
     * Whether the root path ({@code --root-path}, a mount's prefix, {@link #rootPath}) goes first in the document's
     * {@code servers}; on by default, as FastAPI's {@code root_path_in_servers}.
     */
    public App rootPathInServers(boolean include) {
        checkUrl(null);
        this.rootPathInServers = include;
        return this;
    }

    /**
     * The prefix a proxy serves this application under, as FastAPI's {@code FastAPI(root_path="/api/v1")}: every
     * request's root path becomes it (a path that still starts with it is routed on what follows), the docs pages
     * and the document use it. The server's {@code --root-path} does the same for any application.
     */
    public App rootPath(String prefix) {
        if (!prefix.isEmpty() && (!prefix.startsWith("/") || prefix.endsWith("/"))) {
            throw new IllegalArgumentException("a root path starts with '/' and does not end with one: " + prefix);
        }
        this.rootPath = prefix;
        return this;
    }

    /**
     * Mounts an application under a path prefix, as FastAPI's {@code app.mount}: another {@code App} (which serves
     * its own {@code /openapi.json} and {@code /docs} under the prefix, with the prefix in its {@code servers}),
     * static files, or any gateway. See {@link WebApp#mount}.
     *
     * <pre>{@code
     * app.mount("/static", StaticFiles.directory(Path.of("static")));
     * app.mount("/v1", App.create().include(new ItemsV1()));
     * }</pre>
     */
    public App mount(String prefix, Gateway app) {
        web.mount(prefix, app);
        return this;
    }

    /**
     * Mounts an application under a path prefix with a name, as FastAPI's {@code app.mount(path, app, name=)}:
     * {@code request.urlFor("static", Map.of("path", "/styles.css"))} gives the URL of a file under it, and
     * {@code request.urlFor("v1:readItem", params)} a route of a mounted {@code App}. See {@link WebApp#mount}.
     *
     * <pre>{@code
     * app.mount("/static", StaticFiles.directory(Path.of("static")), "static");
     * }</pre>
     */
    public App mount(String prefix, Gateway app, String name) {
        web.mount(prefix, app, name);
        return this;
    }

    /**
     * The path of a named route or mount of this application ({@link WebApp#pathFor}); annotated routes are named
     * after their Java method. Handlers use {@code request.urlFor(name, params)}.
     */
    @Override
    public String pathFor(String name, Map<String, ?> params) {
        return web.pathFor(name, params);
    }

    /**
     * The OpenAPI document, as FastAPI's {@code app.openapi()}: maps and lists, ready for Jackson. It is made once,
     * on the first call (or the first request for it), by the generator given to {@link #openapi(Supplier)} or else
     * from the annotated routes included so far, and kept: later calls, and {@code /openapi.json}, give that same
     * document. Routes added with {@link #route} are not in it. Change the document in a generator: what
     * {@code /openapi.json} serves is written once, at its first request.
     */
    public synchronized Map<String, Object> openapi() {
        if (openapiDocument == null) {
            openapiDocument = Objects.requireNonNull(
                    openapiGenerator != null ? openapiGenerator.get() : withServers(generateOpenapi(info())),
                    "the OpenAPI generator gave no document");
        }
        return openapiDocument;
    }

    /**
     * Replaces how the document is made, as assigning FastAPI's {@code app.openapi = custom_openapi}: the generator
     * runs once, when the document is first needed, typically {@link #generateOpenapi} with other info and then
     * edits.
     *
     * <pre>{@code
     * app.openapi(() -> {
     *     Map<String, Object> document = app.generateOpenapi(new OpenApiInfo("Custom title", "2.5.0", null));
     *     ((Map<String, Object>) document.get("info")).put("x-logo", Map.of("url", "https://example.com/logo.png"));
     *     return document;
     * });
     * }</pre>
     */
    public synchronized App openapi(Supplier<Map<String, Object>> generator) {
        if (openapiDocument != null) {
            throw new IllegalStateException("the OpenAPI document is already made; set its generator before");
        }
        this.openapiGenerator = Objects.requireNonNull(generator, "generator");
        return this;
    }

    /**
     * A new document of this app's annotated routes with this info, as FastAPI's
     * {@code get_openapi(title=..., version=..., routes=app.routes)}: not kept, each call builds one.
     */
    public Map<String, Object> generateOpenapi(OpenApiInfo info) {
        return OpenApiDocument.build(info, descriptions(), uniqueIds, webhooks.descriptions(), separateSchemas);
    }

    /**
     * Whether a record read by some routes and sent by others may get two schemas, {@code Item-Input} and
     * {@code Item-Output}, when they differ (write-only components, computed properties); {@code true} by default.
     * With {@code false} every record has one schema, the one requests are read with, as FastAPI's
     * {@code FastAPI(separate_input_output_schemas=False)}. Set it before the document is first made.
     *
     * <pre>{@code
     * App.create().separateInputOutputSchemas(false).include(new Items());
     * }</pre>
     */
    public synchronized App separateInputOutputSchemas(boolean separate) {
        if (openapiDocument != null) {
            throw new IllegalStateException("the OpenAPI document is already made; choose its schemas before");
        }
        this.separateSchemas = separate;
        return this;
    }

    /**
     * Documents the requests this API sends to its users' URLs, as FastAPI's {@code app.webhooks}: each annotated
     * method of the controller is an operation under the document's {@code webhooks}, named by its path, which is
     * the event's name ({@code @Post("new-subscription")}); its body parameter is what is sent. Nothing is served.
     *
     * <pre>{@code
     * class Webhooks {
     *     @Operation(description = "Sent when a user subscribes.")
     *     @Post("new-subscription") void newSubscription(@Body Subscription body) {}
     * }
     * App.create().webhooks(new Webhooks());
     * }</pre>
     */
    public App webhooks(Object controller) {
        webhooks.add(controller, providers);
        return this;
    }

    /**
     * How operations without their own operationId are named, as FastAPI's {@code generate_unique_id_function}
     * (Griddle's default is {@code {name}{path}_{method}}); the id also names the {@code Body_...} schema of several
     * bodies, as FastAPI's. Ids should be unique: client generators name methods by them.
     *
     * <pre>{@code
     * App.create().generateUniqueId(route -> route.tags().get(0) + "-" + route.name());   // items-readItems
     * }</pre>
     */
    public App generateUniqueId(Function<OperationRoute, String> generator) {
        this.uniqueIds = Objects.requireNonNull(generator, "generator");
        return this;
    }

    // The servers given with servers(...) in the document itself; the docs routes put the root path first.
    private Map<String, Object> withServers(Map<String, Object> document) {
        if (!servers.isEmpty()) {
            document.put("servers", serverList().forRootPath(""));
        }
        return document;
    }

    private io.griddle.openapi.document.Servers serverList() {
        return new io.griddle.openapi.document.Servers(List.copyOf(servers), rootPathInServers);
    }

    private OpenApiInfo info() {
        return new OpenApiInfo(
                title, version, description, List.copyOf(tags), summary, termsOfService, contact, license);
    }

    private List<Description> descriptions() {
        synchronized (described) {
            return List.copyOf(described);
        }
    }

    /**
     * Runs these providers before every route, for their effect, as FastAPI's {@code FastAPI(dependencies=[...])}.
     * Declare them before including controllers.
     *
     * <pre>{@code
     * App.create().dependencies(VerifyToken.class).include(new Items());
     * }</pre>
     */
    public App dependencies(Class<?>... providerClasses) {
        if (included) {
            throw new IllegalStateException("declare app-wide dependencies before including controllers");
        }
        appWide.addAll(List.of(providerClasses));
        return this;
    }

    /**
     * Whether a JSON body needs a JSON content type, as FastAPI's {@code strict_content_type}. Strict ({@code true},
     * the default): a body sent without a {@code content-type} is not parsed as JSON, so a browser's form-less
     * cross-site request (which needs no CORS preflight) cannot feed a JSON endpoint; the endpoint answers 422.
     * Lax ({@code false}): such a body is parsed as JSON, for clients that send none. Either way a body with another
     * content type ({@code text/plain}) is not JSON. Routers may choose otherwise for their routes
     * ({@link ApiRouter#strictContentType(boolean)}). Declare it before including controllers.
     *
     * <pre>{@code
     * App.create().strictContentType(false).include(new Items());   // curl -d '{"name": "Foo"}' works
     * }</pre>
     */
    public App strictContentType(boolean strict) {
        if (included) {
            throw new IllegalStateException("declare strictContentType before including controllers");
        }
        this.strictContentType = strict;
        return this;
    }

    /**
     * Uses this instance for a provider class, instead of one made with its no-argument constructor: a provider
     * that holds a connection pool, say.
     *
     * <pre>{@code
     * app.provide(DbSession.class, new DbSession(pool));
     * }</pre>
     */
    public <P> App provide(Class<P> providerClass, P instance) {
        providers.register(providerClass, instance);
        return this;
    }

    /** Replaces providers in tests, as FastAPI's {@code app.dependency_overrides}; effective for the next request. */
    public DependencyOverrides dependencyOverrides() {
        return providers;
    }

    /**
     * Adds a WebSocket route built in code, as {@code WebApp.websocket}:
     * {@code app.websocket("/echo", WebSocketEndpoint.async(ws -> ws.accept().thenCompose(v -> ws.forEachText(ws::sendText))))}.
     */
    public App websocket(String path, Endpoint endpoint) {
        web.websocket(path, endpoint);
        return this;
    }

    /** Adds a route built in code: {@code app.route(Set.of("GET"), "/ping", Endpoint.async(...))}. */
    public App route(Set<String> methods, String path, Endpoint endpoint) {
        web.route(methods, path, endpoint);
        return this;
    }

    /**
     * Whether {@code /items} redirects (307) to a route declared as {@code /items/} and the other way round, as
     * FastAPI's {@code redirect_slashes}; on by default.
     */
    public App redirectSlashes(boolean redirect) {
        web.redirectSlashes(redirect);
        return this;
    }

    /** Adds middleware; the first added is the outermost. */
    public App use(Middleware middleware) {
        web.use(middleware);
        return this;
    }

    /**
     * Adds middleware, as FastAPI's {@code app.add_middleware(...)}: a built-in one of {@code io.griddle.middleware}
     * or your own pure middleware, around the whole application (every scope, every message); the first added is
     * the outermost, and all of them run outside the {@link #use(Middleware)} layers.
     *
     * <pre>{@code
     * app.addMiddleware(Cors.builder().allowOrigins("https://shop.example").allowMethods("*").build());
     * app.addMiddleware(GZip.builder().minimumSize(1000).build());
     * }</pre>
     */
    public App addMiddleware(GatewayMiddleware middleware) {
        web.wrap(middleware);
        return this;
    }

    /**
     * Adds {@code (request, next)} middleware, as {@link #use(Middleware)} ({@code Sessions} is one):
     * {@code app.addMiddleware(Sessions.builder(key).build())}.
     */
    public App addMiddleware(Middleware middleware) {
        return use(middleware);
    }

    /** Answers exceptions of the type with the handler (replaces the default for {@link RequestValidationError}). */
    public <E extends Throwable> App exceptionHandler(Class<E> type, ExceptionHandler<? super E> handler) {
        web.exceptionHandler(type, handler);
        return this;
    }

    /** Runs once at startup, before the server accepts connections; may block, and may fill the state. */
    public App onStartup(Consumer<Map<String, Object>> hook) {
        web.onStartup(hook);
        return this;
    }

    /** Runs once at startup, on the loop; the server waits for the stage before it accepts connections. */
    public App onStartupAsync(java.util.function.Function<Map<String, Object>, CompletionStage<?>> hook) {
        web.onStartupAsync(hook);
        return this;
    }

    /** Runs once at shutdown, on the loop, awaited. */
    public App onShutdownAsync(java.util.function.Function<Map<String, Object>, CompletionStage<?>> hook) {
        web.onShutdownAsync(hook);
        return this;
    }

    /** Runs once at shutdown. */
    public App onShutdown(Consumer<Map<String, Object>> hook) {
        web.onShutdown(hook);
        return this;
    }

    /**
     * Runs the lifespan's startup before the first request and what it returns at shutdown, as FastAPI's
     * {@code FastAPI(lifespan=...)}; see {@link Lifespan}.
     */
    public App lifespan(Lifespan lifespan) {
        Lifespan.install(this, lifespan);
        return this;
    }

    /**
     * The limits a JSON request body must respect: size (413 beyond it), nesting depth, the length of a number, a
     * string and a property name, and tokens (422 {@code json_invalid} beyond them); {@link JsonLimits#defaults()}
     * unless set. Effective for the next request.
     *
     * <pre>{@code
     * App.create().jsonLimits(JsonLimits.defaults().withMaxDepth(64).withMaxDocumentBytes(1 << 20));
     * }</pre>
     */
    public App jsonLimits(JsonLimits limits) {
        providers.jsonLimits(Objects.requireNonNull(limits, "limits"));
        return this;
    }

    /** The toolkit application underneath: routes, middleware, state. */
    public WebApp web() {
        return web;
    }

    /**
     * Runs the application's warm-up once, before the server accepts: Jackson's set-up, then what the declared
     * routes need loaded (the multipart decoder when one takes a form), then the parts added with
     * {@code web().onWarmUp(...)}. Hosts call it ({@link Gateway#warmUp()}); applications need not.
     */
    @Override
    public void warmUp() {
        web.warmUp();
    }

    @Override
    public CompletionStage<Void> call(Scope scope, Receive receive, Send send) {
        if (!docsInstalled) {
            installDocs();
        }
        String prefix = rootPath;
        return web.call(prefix.isEmpty() ? scope : AppRootPath.apply(scope, prefix), receive, send);
    }

    // The docs routes go in last, when the configuration is final: before the first call freezes the routes.
    private synchronized void installDocs() {
        if (!docsInstalled) {
            DocsRoutes.install(
                    web,
                    info(),
                    new DocsRoutes.Urls(openapiUrl, docsUrl, redocUrl),
                    this::openapi,
                    swaggerUiParameters,
                    serverList());
            docsInstalled = true;
        }
    }
}
