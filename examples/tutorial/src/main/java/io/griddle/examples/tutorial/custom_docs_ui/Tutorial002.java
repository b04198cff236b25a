package io.griddle.examples.tutorial.custom_docs_ui;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Operation;
import io.griddle.Path;
import io.griddle.http.HttpError;
import io.griddle.http.Response;
import io.griddle.openapi.DocsHtml;
import io.griddle.openapi.OpenApiInfo;
import java.util.Map;

/**
 * The docs pages served by the app's own routes, their files self-hosted under {@code /static}: the files Griddle
 * carries in its jar ({@code DocsHtml.asset}), where FastAPI's tutorial downloads them into a static folder.
 */
public final class Tutorial002 {

    static final String OPENAPI_URL = "/openapi.json";
    static final String TITLE = OpenApiInfo.defaults().title();
    static final String OAUTH2_REDIRECT_URL = "/docs/oauth2-redirect";

    @Operation(includeInSchema = false)
    @Get("/static/{file}")
    public Response staticFile(@Path String file) {
        return DocsHtml.asset(file).orElseThrow(() -> new HttpError(404));
    }

    @Operation(includeInSchema = false)
    @Get("/docs")
    public Response customSwaggerUiHtml() {
        return DocsHtml.swaggerUi(OPENAPI_URL, TITLE + " - Swagger UI", "/static", OAUTH2_REDIRECT_URL);
    }

    @Operation(includeInSchema = false)
    @Get(OAUTH2_REDIRECT_URL)
    public Response swaggerUiRedirect() {
        return DocsHtml.swaggerUiOauth2Redirect();
    }

    @Operation(includeInSchema = false)
    @Get("/redoc")
    public Response redocHtml() {
        return DocsHtml.redoc(OPENAPI_URL, TITLE + " - ReDoc", "/static");
    }

    @Get("/users/{username}")
    public Object readUser(@Path String username) {
        return Map.of("message", "Hello " + username);
    }

    /** The app. */
    public static App app() {
        return App.create().docsUrl(null).redocUrl(null).include(new Tutorial002());
    }
}
