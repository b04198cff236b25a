package io.griddle;

import io.griddle.binding.RouteDocs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A group of controllers sharing a path prefix, tags, dependencies and documented responses, included into an
 * {@link App} or into another router: FastAPI's {@code APIRouter} with {@code include_router}. Prefixes are joined,
 * outer first; tags and dependencies are the outer router's then the inner's; responses are merged, an inner entry
 * replacing an outer one for the same status. Settings that a FastAPI app passes to {@code include_router} are
 * those of a router wrapping the included one.
 *
 * <p>Build the router completely before including it: {@code include} reads it then, as it reads controllers.
 *
 * <pre>{@code
 * ApiRouter items = ApiRouter.create()
 *         .prefix("/items").tags("items")
 *         .dependencies(XTokenHeader.class)
 *         .response(404, "Not found")
 *         .include(new Items());
 * App app = App.create().include(items)
 *         .include(ApiRouter.create().prefix("/admin").tags("admin").response(418, "I'm a teapot").include(new Admin()));
 * }</pre>
 */
public final class ApiRouter {

    /** A controller or a router, under this router's prefix plus its own. */
    record Entry(String prefix, Object controller, ApiRouter router) {}

    /**
     * A controller reached through routers: its whole prefix, and what the routers pass down to its routes. Read by
     * {@link App} only, so not public: it carries the binding layer's {@link RouteDocs.Group}.
     */
    record Included(String prefix, Object controller, RouteDocs.Group group, List<RouterLayers> layers) {}

    private String prefix = "";
    private final List<String> tags = new ArrayList<>();
    private final List<Class<?>> dependencies = new ArrayList<>();
    private final List<RouteDocs.Extra> responses = new ArrayList<>();
    private boolean deprecated;
    private boolean includeInSchema = true;
    private Boolean strictContentType; // null: the including router's or app's
    private final List<Entry> entries = new ArrayList<>();
    private final RouterLayers layers = new RouterLayers();

    private ApiRouter() {}

    /** An empty router. */
    public static ApiRouter create() {
        return new ApiRouter();
    }

    /** The path prefix of every route ({@code /items}): starts with '/', does not end with one. */
    public ApiRouter prefix(String prefix) {
        this.prefix = checkPrefix(prefix);
        return this;
    }

    /** Tags of every route, before the routes' own. */
    public ApiRouter tags(String... tags) {
        this.tags.addAll(List.of(tags));
        return this;
    }

    /** Providers every route runs first, for their effect, as {@code APIRouter(dependencies=[...])}. */
    public ApiRouter dependencies(Class<?>... providerClasses) {
        dependencies.addAll(List.of(providerClasses));
        return this;
    }

    /** Documents a further response of every route, as {@code responses={404: {"description": "Not found"}}}. */
    public ApiRouter response(int status, String description) {
        return response(status, description, null);
    }

    /** Documents a further response of every route, with its JSON body's type ({@code "model"}). */
    public ApiRouter response(int status, String description, Class<?> model) {
        responses.removeIf(extra -> extra.status() == status);
        responses.add(new RouteDocs.Extra(status, description, model));
        return this;
    }

    /** Marks every route deprecated in the document. */
    public ApiRouter deprecated(boolean deprecated) {
        this.deprecated = deprecated;
        return this;
    }

    /** {@code false} leaves every route out of the document; they still serve. */
    public ApiRouter includeInSchema(boolean included) {
        this.includeInSchema = included;
        return this;
    }

    /**
     * Whether this router's routes read a body without a {@code content-type} as JSON ({@code false}) or leave it
     * unparsed ({@code true}), as {@code APIRouter(strict_content_type=...)}; unless set, the including router's or
     * the app's choice holds ({@link App#strictContentType(boolean)}). A body with another content type
     * ({@code text/plain}) is never read as JSON.
     */
    public ApiRouter strictContentType(boolean strict) {
        this.strictContentType = strict;
        return this;
    }

    /**
     * Adds middleware around this router's routes only (and those of the routers it includes), inside the
     * application's; the first added is the outermost. Add it before the router is included.
     *
     * <pre>{@code
     * ApiRouter admin = ApiRouter.create().prefix("/admin")
     *         .use((request, next) -> next.handle(request).thenApply(r -> r.header("cache-control", "no-store")))
     *         .include(new Admin());
     * }</pre>
     */
    public ApiRouter use(io.griddle.web.Middleware middleware) {
        layers.use(Objects.requireNonNull(middleware, "middleware"));
        return this;
    }

    /**
     * Answers exceptions of the type raised by this router's routes (and its middleware) with the handler, before
     * the application's handlers; an exception it has no handler for goes on to the application's.
     *
     * <pre>{@code
     * router.exceptionHandler(OutOfStock.class, (request, e) -> Response.json(Map.of("detail", "sold out")).status(409));
     * }</pre>
     */
    public <E extends Throwable> ApiRouter exceptionHandler(
            Class<E> type, io.griddle.web.ExceptionHandler<? super E> handler) {
        layers.handle(Objects.requireNonNull(type, "type"), Objects.requireNonNull(handler, "handler"));
        return this;
    }

    /** Adds the annotated methods of a controller. */
    public ApiRouter include(Object controller) {
        return include("", controller);
    }

    /** Adds the annotated methods of a controller under a further prefix. */
    public ApiRouter include(String prefix, Object controller) {
        Objects.requireNonNull(controller, "controller");
        if (controller instanceof ApiRouter router) {
            return include(prefix, router);
        }
        entries.add(new Entry(checkPrefix(prefix), controller, null));
        return this;
    }

    /** Adds another router's routes under this router's prefix (and a further one). */
    public ApiRouter include(String prefix, ApiRouter router) {
        if (router == this) {
            throw new IllegalArgumentException("a router cannot include itself");
        }
        entries.add(new Entry(checkPrefix(prefix), null, router));
        return this;
    }

    /** Adds another router's routes under this router's prefix. */
    public ApiRouter include(ApiRouter router) {
        return include("", router);
    }

    /** Every controller reached through this router and the routers it includes, in order. */
    List<Included> controllers() {
        List<Included> found = new ArrayList<>();
        collect("", RouteDocs.Group.NONE, List.of(), found, new LinkedHashSet<>());
        return found;
    }

    private void collect(
            String outerPrefix,
            RouteDocs.Group outer,
            List<RouterLayers> outerLayers,
            List<Included> into,
            LinkedHashSet<ApiRouter> path) {
        if (!path.add(this)) {
            throw new IllegalArgumentException("routers include each other in a cycle");
        }
        RouteDocs.Group group = new RouteDocs.Group(
                        List.copyOf(dependencies),
                        List.copyOf(tags),
                        List.copyOf(responses),
                        deprecated,
                        includeInSchema,
                        strictContentType)
                .within(outer);
        String base = outerPrefix + prefix;
        List<RouterLayers> around = outerLayers;
        if (!layers.isEmpty()) {
            List<RouterLayers> withMine = new ArrayList<>(outerLayers);
            withMine.add(layers.snapshot());
            around = List.copyOf(withMine);
        }
        for (Entry entry : entries) {
            if (entry.router() != null) {
                entry.router().collect(base + entry.prefix(), group, around, into, path);
            } else {
                into.add(new Included(base + entry.prefix(), entry.controller(), group, around));
            }
        }
        path.remove(this);
    }

    /** The prefix, checked: empty, or starting with '/' and not ending with one. */
    static String checkPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.isEmpty() && (!prefix.startsWith("/") || prefix.endsWith("/"))) {
            throw new IllegalArgumentException("a prefix starts with '/' and does not end with one: " + prefix);
        }
        return prefix;
    }
}
