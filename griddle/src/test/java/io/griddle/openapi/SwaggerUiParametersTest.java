package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.openapi.document.SwaggerUiParameters;
import io.griddle.test.TestClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Swagger UI parameters: written into the page as FastAPI writes them, defaults kept or replaced in place. */
class SwaggerUiParametersTest {

    @SuppressWarnings("unused")
    static final class Ping {
        @Get("/ping")
        public String ping() {
            return "pong";
        }
    }

    @Test
    void defaultsComeFirstInFastApisOrder() {
        assertThat(SwaggerUiParameters.lines(Map.of()))
                .isEqualTo("\n    \"dom_id\": \"#swagger-ui\",\n    \"layout\": \"BaseLayout\","
                        + "\n    \"deepLinking\": true,\n    \"showExtensions\": true,"
                        + "\n    \"showCommonExtensions\": true,");
    }

    @Test
    void aParameterReplacesADefaultInItsPlaceAndNewOnesFollow() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("filter", "burgers");
        parameters.put("deepLinking", false);
        parameters.put("supportedSubmitMethods", List.of("get", "post"));
        parameters.put("syntaxHighlight", Map.of("theme", "obsidian"));
        parameters.put("tryItOutEnabled", null);
        parameters.put("maxDisplayedTags", 5);
        parameters.put("x", 1.5);
        assertThat(SwaggerUiParameters.lines(parameters))
                .isEqualTo("\n    \"dom_id\": \"#swagger-ui\",\n    \"layout\": \"BaseLayout\","
                        + "\n    \"deepLinking\": false,\n    \"showExtensions\": true,"
                        + "\n    \"showCommonExtensions\": true,\n    \"filter\": \"burgers\","
                        + "\n    \"supportedSubmitMethods\": [\"get\", \"post\"],"
                        + "\n    \"syntaxHighlight\": {\"theme\": \"obsidian\"},"
                        + "\n    \"tryItOutEnabled\": null,\n    \"maxDisplayedTags\": 5,\n    \"x\": 1.5,");
    }

    @Test
    void aStringCannotEndTheScript() {
        assertThat(SwaggerUiParameters.lines(Map.of("filter", "</script><script>alert(\"x\")")))
                .contains("\"filter\": \"\\u003c/script\\u003e\\u003cscript\\u003ealert(\\\"x\\\")\",");
    }

    @Test
    void theAppsParametersAreInItsDocsPage() {
        try (TestClient client = TestClient.of(
                App.create().swaggerUiParameters(Map.of("deepLinking", false)).include(new Ping()))) {
            String page = client.get("/docs").text();
            assertThat(page)
                    .contains("url: '/openapi.json',\n    \"dom_id\": \"#swagger-ui\",", "\"deepLinking\": false,")
                    .doesNotContain("\"deepLinking\": true");
        }
    }

    @Test
    void whatIsNotJsonIsRefusedWhenSet() {
        assertThatThrownBy(() -> App.create().swaggerUiParameters(Map.of("x", new Object())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not java.lang.Object");
    }
}
