package io.griddle.openapi;

import io.griddle.http.Response;
import io.griddle.openapi.document.DocsPages;
import io.griddle.openapi.document.DocsPolicy;
import io.griddle.openapi.document.WebJarAsset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The docs pages as responses, for an app that serves its own {@code /docs} or {@code /redoc} (with
 * {@code docsUrl(null)} and {@code redocUrl(null)}), as FastAPI's {@code get_swagger_ui_html},
 * {@code get_redoc_html} and {@code get_swagger_ui_oauth2_redirect_html}; and the Swagger UI and ReDoc files Griddle
 * carries, to serve them from another path.
 *
 * <pre>{@code
 * @Operation(includeInSchema = false)
 * @Get("/docs") Response docs() {
 *     return DocsHtml.swaggerUi("/openapi.json", "Shop - Swagger UI", "https://unpkg.com/swagger-ui-dist@5",
 *             "/docs/oauth2-redirect");
 * }
 * @Operation(includeInSchema = false)
 * @Get("/static/{file}") Response file(@Path String file) {
 *     return DocsHtml.asset(file).orElseThrow(() -> new HttpError(404));
 * }
 * }</pre>
 */
public final class DocsHtml {

    private static final String JS = "text/javascript; charset=utf-8";
    private static final Map<String, WebJarAsset> ASSETS = Map.of(
            "swagger-ui-bundle.js", WebJarAsset.of("org.webjars", "swagger-ui", "swagger-ui-bundle.js", JS),
            "swagger-ui.css", WebJarAsset.of("org.webjars", "swagger-ui", "swagger-ui.css", "text/css; charset=utf-8"),
            "favicon-32x32.png", WebJarAsset.of("org.webjars", "swagger-ui", "favicon-32x32.png", "image/png"),
            "redoc.standalone.js", WebJarAsset.of("org.webjars.npm", "redoc", "bundles/redoc.standalone.js", JS));
    private static final WebJarAsset REDIRECT_SCRIPT =
            WebJarAsset.of("org.webjars", "swagger-ui", "oauth2-redirect.js", JS);

    private DocsHtml() {}

    /**
     * The Swagger UI page.
     *
     * @param openapiUrl        where the document is
     * @param title             the page's title
     * @param assetsUrl         the folder (a path or a URL) of {@code swagger-ui-bundle.js}, {@code swagger-ui.css}
     *                          and {@code favicon-32x32.png}
     * @param oauth2RedirectUrl the OAuth2 redirect page's path, or {@code null} for none
     */
    public static Response swaggerUi(String openapiUrl, String title, String assetsUrl, String oauth2RedirectUrl) {
        return swaggerUi(openapiUrl, title, assetsUrl, oauth2RedirectUrl, Map.of());
    }

    /** The Swagger UI page configured with these parameters besides its defaults (see {@code App.swaggerUiParameters}). */
    public static Response swaggerUi(
            String openapiUrl, String title, String assetsUrl, String oauth2RedirectUrl, Map<String, ?> parameters) {
        String html = DocsPages.swaggerUi(title, openapiUrl, trim(assetsUrl), oauth2RedirectUrl, parameters);
        return Response.html(html).header("content-security-policy", DocsPolicy.of(html, trim(assetsUrl)));
    }

    /**
     * The ReDoc page, its {@code redoc.standalone.js} in the folder {@code assetsUrl}. Both pages come with the
     * {@code Content-Security-Policy} of {@code /docs} and {@code /redoc} ({@link DocsPolicy}), which allows the
     * assets' origin when {@code assetsUrl} is a URL.
     */
    public static Response redoc(String openapiUrl, String title, String assetsUrl) {
        String html = DocsPages.redoc(title, openapiUrl, trim(assetsUrl));
        return Response.html(html).header("content-security-policy", DocsPolicy.of(html, trim(assetsUrl)));
    }

    /** The page Swagger UI's OAuth2 login returns to, its script inline. */
    public static Response swaggerUiOauth2Redirect() {
        String script = new String(REDIRECT_SCRIPT.bytes(), StandardCharsets.UTF_8);
        return Response.html(
                "<!doctype html>\n<html lang=\"en-US\">\n<head>\n<title>Swagger UI: OAuth2 Redirect</title>"
                        + "\n</head>\n<body>\n<script>\n" + script + "\n</script>\n</body>\n</html>\n");
    }

    /**
     * One of the files Griddle carries, by name: {@code swagger-ui-bundle.js}, {@code swagger-ui.css},
     * {@code favicon-32x32.png} or {@code redoc.standalone.js}; empty for any other name.
     */
    public static Optional<Response> asset(String name) {
        WebJarAsset asset = ASSETS.get(name);
        return asset == null ? Optional.empty() : Optional.of(asset.response());
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
