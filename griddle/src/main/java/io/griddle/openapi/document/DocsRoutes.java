package io.griddle.openapi.document;

import io.griddle.http.Response;
import io.griddle.openapi.OpenApiInfo;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
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
        install(web, info, urls, document, Map.of());
    }

    /** Adds the routes, Swagger UI configured with these parameters besides its defaults. */
    public static void install(
            WebApp web,
            OpenApiInfo info,
            Urls urls,
            Supplier<Map<String, Object>> document,
            Map<String, ?> swaggerUiParameters) {
        if (urls.openapi() == null) {
            return;
        }
        CachedDocument cached = new CachedDocument(document);
        get(web, urls.openapi(), cached::response);
        if (urls.docs() != null) {
            String base = base(urls.docs());
            String redirect = base + "/oauth2-redirect";
            String page = DocsPages.swaggerUi(
                    info.title() + " - Swagger UI", urls.openapi(), base, redirect, swaggerUiParameters);
            get(web, urls.docs(), () -> Response.html(page));
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
            String page = DocsPages.redoc(info.title() + " - ReDoc", urls.openapi(), base);
            get(web, urls.redoc(), () -> Response.html(page));
            asset(
                    web,
                    base + "/redoc.standalone.js",
                    WebJarAsset.of("org.webjars.npm", "redoc", "bundles/redoc.standalone.js", JS));
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

    /** The document, built on first use. */
    private static final class CachedDocument {
        private final Supplier<Map<String, Object>> document;
        private volatile byte[] bytes;

        CachedDocument(Supplier<Map<String, Object>> document) {
            this.document = document;
        }

        Response response() {
            byte[] json = bytes;
            if (json == null) {
                synchronized (this) {
                    json = bytes;
                    if (json == null) {
                        json = OpenApiDocument.json(document.get());
                        bytes = json;
                    }
                }
            }
            return Response.rawJson(json);
        }
    }
}
