package io.griddle.openapi.document;

import io.griddle.http.Response;
import io.griddle.openapi.OpenApiInfo;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Adds the documentation routes to an application, as FastAPI's {@code setup()}: the OpenAPI document, Swagger UI
 * with its OAuth2 redirect page, and ReDoc, their scripts and styles served from the webjars in the jar. A
 * {@code null} URL leaves that route out; without the document there are no docs pages either. The document is
 * built once, on its first request, and its bytes kept.
 *
 * <pre>{@code
 * DocsRoutes.install(web, info, new DocsRoutes.Urls("/openapi.json", "/docs", "/redoc"), app::openapi);
 * }</pre>
 */
public final class DocsRoutes {

    private static final String JS = "text/javascript; charset=utf-8";
    private static final String CSS = "text/css; charset=utf-8";
    private static final String WEBJARS = "org.webjars";
    private static final String SWAGGER_UI = "swagger-ui";

    /**
     * Where the routes are; any may be {@code null}.
     *
     * @param openapi the document, {@code /openapi.json}
     * @param docs    Swagger UI, {@code /docs}; its files under it, its OAuth2 redirect at {@code /docs/oauth2-redirect}
     * @param redoc   ReDoc, {@code /redoc}; its script under it
     */
    public record Urls(String openapi, String docs, String redoc) {

        /** FastAPI's defaults. */
        public static Urls defaults() {
            return new Urls("/openapi.json", "/docs", "/redoc");
        }
    }

    private DocsRoutes() {}

    /** Adds the routes the URLs name; the document is asked for (and its bytes kept) at its first request. */
    public static void install(WebApp web, OpenApiInfo info, Urls urls, Supplier<Map<String, Object>> document) {
        install(web, info, urls, document, Map.of(), Servers.defaults());
    }

    /**
     * Adds the routes, Swagger UI configured with these parameters besides its defaults, and the document's servers.
     * Behind a root path ({@code --root-path /api}, or a mount) the pages refer to the document and their files
     * under it, and the document lists it first in {@code servers}, as FastAPI.
     */
    public static void install(
            WebApp web,
            OpenApiInfo info,
            Urls urls,
            Supplier<Map<String, Object>> document,
            Map<String, ?> swaggerUiParameters,
            Servers servers) {
        if (urls.openapi() == null) {
            return;
        }
        CachedDocument cached = new CachedDocument(document, servers);
        web.route(Set.of("GET"), urls.openapi(), Endpoint.blocking(cached::response));
        if (urls.docs() != null) {
            String base = base(urls.docs());
            String redirect = base + "/oauth2-redirect";
            PerRootPath<Page> pages = new PerRootPath<>(root -> Page.of(
                    DocsPages.swaggerUi(
                            info.title() + " - Swagger UI",
                            root + urls.openapi(),
                            root + base,
                            root + redirect,
                            swaggerUiParameters),
                    root + base));
            web.route(
                    Set.of("GET"),
                    urls.docs(),
                    Endpoint.blocking(
                            request -> pages.get(request.scope().rootPath()).response()));
            asset(
                    web,
                    redirect,
                    WebJarAsset.of(WEBJARS, SWAGGER_UI, "oauth2-redirect.html", "text/html; charset=utf-8"));
            for (Map.Entry<String, String> file : Map.of(
                            "swagger-ui-bundle.js",
                            JS,
                            "swagger-ui.css",
                            CSS,
                            "favicon-32x32.png",
                            "image/png",
                            "oauth2-redirect.js",
                            JS)
                    .entrySet()) {
                asset(
                        web,
                        base + "/" + file.getKey(),
                        WebJarAsset.of(WEBJARS, SWAGGER_UI, file.getKey(), file.getValue()));
            }
        }
        if (urls.redoc() != null) {
            String base = base(urls.redoc());
            PerRootPath<Page> pages = new PerRootPath<>(root -> Page.of(
                    DocsPages.redoc(info.title() + " - ReDoc", root + urls.openapi(), root + base), root + base));
            web.route(
                    Set.of("GET"),
                    urls.redoc(),
                    Endpoint.blocking(
                            request -> pages.get(request.scope().rootPath()).response()));
            asset(
                    web,
                    base + "/redoc.standalone.js",
                    WebJarAsset.of("org.webjars.npm", "redoc", "bundles/redoc.standalone.js", JS));
        }
    }

    // A docs page and its Content-Security-Policy, both made once per root path.
    private record Page(String html, String policy) {
        static Page of(String html, String assets) {
            return new Page(html, DocsPolicy.of(html, assets));
        }

        Response response() {
            return Response.html(html).header("content-security-policy", policy);
        }
    }

    // Files sit under the page's URL: /docs/swagger-ui.css; a page at "/" keeps them at the root.
    private static String base(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static void get(WebApp web, String path, Supplier<Response> response) {
        web.route(Set.of("GET"), path, Endpoint.blocking(request -> response.get()));
    }

    private static void asset(WebApp web, String path, WebJarAsset asset) {
        get(web, path, asset::response);
    }

    /** The document, built on first use; its bytes kept per root path (which only adds {@code servers}). */
    private static final class CachedDocument {
        private final Supplier<Map<String, Object>> document;
        private final Servers servers;
        private final PerRootPath<byte[]> bytes = new PerRootPath<>(this::render);
        private volatile Map<String, Object> built;

        CachedDocument(Supplier<Map<String, Object>> document, Servers servers) {
            this.document = document;
            this.servers = servers;
        }

        Response response(io.griddle.http.Request request) {
            return Response.rawJson(bytes.get(request.scope().rootPath()));
        }

        private byte[] render(String rootPath) {
            Map<String, Object> document = built;
            if (document == null) {
                synchronized (this) {
                    document = built;
                    if (document == null) {
                        document = this.document.get();
                        built = document;
                    }
                }
            }
            List<Map<String, Object>> entries = servers.forRootPath(rootPath);
            if (entries.isEmpty()) {
                return OpenApiDocument.json(document);
            }
            Map<String, Object> withServers = new java.util.LinkedHashMap<>(document);
            withServers.put("servers", entries);
            return OpenApiDocument.json(withServers);
        }
    }
}
