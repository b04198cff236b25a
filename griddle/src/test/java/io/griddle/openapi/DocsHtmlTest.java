package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.http.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The docs pages and files as responses, for apps that serve their own. */
class DocsHtmlTest {

    private static String text(Response response) {
        return StandardCharsets.UTF_8.decode(response.body().duplicate()).toString();
    }

    @Test
    void swaggerUiRefersToTheGivenFolderAndDocument() {
        Response page = DocsHtml.swaggerUi(
                "/api/openapi.json",
                "Shop - Swagger UI",
                "https://cdn.example.com/swagger/",
                "/docs/oauth2-redirect",
                Map.of("deepLinking", false));
        assertThat(page.status()).isEqualTo(200);
        assertThat(text(page))
                .contains(
                        "<title>Shop - Swagger UI</title>",
                        "href=\"https://cdn.example.com/swagger/swagger-ui.css\"",
                        "src=\"https://cdn.example.com/swagger/swagger-ui-bundle.js\"",
                        "url: '/api/openapi.json'",
                        "\"deepLinking\": false,",
                        "oauth2RedirectUrl: window.location.origin + '/docs/oauth2-redirect'");
    }

    @Test
    void redocRefersToTheGivenFolder() {
        assertThat(text(DocsHtml.redoc("/openapi.json", "Shop - ReDoc", "/static")))
                .contains(
                        "<title>Shop - ReDoc</title>",
                        "src=\"/static/redoc.standalone.js\"",
                        "spec-url=\"/openapi.json\"");
    }

    @Test
    void oauth2RedirectPageCarriesItsScriptInline() {
        String page = text(DocsHtml.swaggerUiOauth2Redirect());
        assertThat(page)
                .contains("<script>", "window.opener.swaggerUIRedirectOauth2")
                .doesNotContain("src=");
    }

    @Test
    void onlyTheNamedFilesAreServed() {
        assertThat(DocsHtml.asset("swagger-ui.css"))
                .hasValueSatisfying(css -> assertThat(css.body().remaining()).isPositive());
        assertThat(DocsHtml.asset("favicon-32x32.png")).isPresent();
        assertThat(DocsHtml.asset("redoc.standalone.js")).isPresent();
        assertThat(DocsHtml.asset("../../pom.xml")).isEmpty();
        assertThat(DocsHtml.asset("oauth2-redirect.html")).isEmpty();
    }
}
