package io.griddle.openapi.document;

/**
 * The HTML of {@code /docs} (Swagger UI) and {@code /redoc} (ReDoc), as FastAPI's {@code get_swagger_ui_html} and
 * {@code get_redoc_html}, but referring only to files this application serves itself: no CDN, works offline.
 *
 * <pre>{@code
 * String html = DocsPages.swaggerUi("Shop - Swagger UI", "/openapi.json", "/docs", "/docs/oauth2-redirect");
 * }</pre>
 */
public final class DocsPages {

    private DocsPages() {}

    /** Swagger UI whose scripts, styles and icon are under {@code assets} ({@code /docs/swagger-ui-bundle.js}). */
    public static String swaggerUi(String title, String openapiUrl, String assets, String oauth2RedirectUrl) {
        return swaggerUi(title, openapiUrl, assets, oauth2RedirectUrl, java.util.Map.of());
    }

    /**
     * Swagger UI configured with these parameters besides its defaults ({@link SwaggerUiParameters}), as FastAPI's
     * {@code swagger_ui_parameters}.
     */
    public static String swaggerUi(
            String title,
            String openapiUrl,
            String assets,
            String oauth2RedirectUrl,
            java.util.Map<String, ?> parameters) {
        String redirect = oauth2RedirectUrl == null
                ? ""
                : "\n    oauth2RedirectUrl: window.location.origin + '" + js(oauth2RedirectUrl) + "',";
        return """
                <!DOCTYPE html>
                <html>
                <head>
                <link type="text/css" rel="stylesheet" href="%1$s/swagger-ui.css">
                <link rel="shortcut icon" href="%1$s/favicon-32x32.png">
                <title>%2$s</title>
                </head>
                <body>
                <div id="swagger-ui">
                </div>
                <script src="%1$s/swagger-ui-bundle.js"></script>
                <script>
                const ui = SwaggerUIBundle({
                    url: '%3$s',%5$s%4$s
                    presets: [
                        SwaggerUIBundle.presets.apis,
                        SwaggerUIBundle.SwaggerUIStandalonePreset
                    ],
                })
                </script>
                </body>
                </html>
                """.formatted(
                        html(assets), html(title), js(openapiUrl), redirect, SwaggerUiParameters.lines(parameters));
    }

    /** ReDoc, its script at {@code assets/redoc.standalone.js}. */
    public static String redoc(String title, String openapiUrl, String assets) {
        return """
                <!DOCTYPE html>
                <html>
                <head>
                <title>%2$s</title>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <style>
                  body {
                    margin: 0;
                    padding: 0;
                  }
                </style>
                </head>
                <body>
                <noscript>
                    ReDoc requires Javascript to function. Please enable it to browse the documentation.
                </noscript>
                <redoc spec-url="%3$s"></redoc>
                <script src="%1$s/redoc.standalone.js"></script>
                </body>
                </html>
                """.formatted(html(assets), html(title), html(openapiUrl));
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String js(String text) {
        return html(text.replace("\\", "\\\\").replace("'", "\\'"));
    }
}
