package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.test.TestClient;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The document's {@code info}: summary, terms of service, contact and license, in FastAPI's key order. */
class InfoMetadataTest {

    @SuppressWarnings("unused")
    static final class Ping {
        @Get("/ping")
        public String ping() {
            return "pong";
        }
    }

    private static App app() {
        return App.create()
                .title("Shop")
                .description("Burgers.")
                .summary("Short.")
                .version("2.0.0")
                .termsOfService("https://example.com/terms")
                .contact(new Contact("Shop team", null, "team@example.com"))
                .license(License.identifier("MIT", "MIT"))
                .include(new Ping());
    }

    @Test
    @SuppressWarnings("unchecked")
    void infoHasEverythingSetInFastApisOrderAndLeavesOutWhatIsNot() {
        try (TestClient client = TestClient.of(app())) {
            Map<String, Object> info = (Map<String, Object>)
                    ((Map<String, Object>) client.get("/openapi.json").json()).get("info");

            assertThat(info)
                    .containsExactly(
                            Map.entry("title", "Shop"),
                            Map.entry("summary", "Short."),
                            Map.entry("description", "Burgers."),
                            Map.entry("termsOfService", "https://example.com/terms"),
                            Map.entry("contact", Map.of("name", "Shop team", "email", "team@example.com")),
                            Map.entry("license", Map.of("name", "MIT", "identifier", "MIT")),
                            Map.entry("version", "2.0.0"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutMetadataInfoIsTitleAndVersion() {
        try (TestClient client = TestClient.of(App.create().include(new Ping()))) {
            Map<String, Object> info = (Map<String, Object>)
                    ((Map<String, Object>) client.get("/openapi.json").json()).get("info");
            assertThat(info).containsExactly(Map.entry("title", "Griddle"), Map.entry("version", "0.1.0"));
        }
    }

    @Test
    void aLicenseHasAnIdentifierOrAUrlNotBoth() {
        assertThatThrownBy(() -> new License("MIT", "MIT", "https://opensource.org/licenses/MIT"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not both");
        assertThat(License.url("MIT", "https://opensource.org/licenses/MIT").identifier())
                .isNull();
    }

    @Test
    void swaggerParserReadsTheInfo() {
        String json;
        try (TestClient client = TestClient.of(app())) {
            json = client.get("/openapi.json").text();
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getInfo().getSummary()).isEqualTo("Short.");
        assertThat(result.getOpenAPI().getInfo().getLicense().getIdentifier()).isEqualTo("MIT");
        assertThat(result.getOpenAPI().getInfo().getContact().getEmail()).isEqualTo("team@example.com");
    }
}
