package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.test.TestClient;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

/** The generated document, read by an independent parser (swagger-parser) as OpenAPI 3.1: no messages at all. */
class OpenApiValidityTest {

    @Test
    void swaggerParserFindsNothingToReport() {
        String json;
        try (TestClient client = TestClient.of(App.create()
                .title("Burger shop")
                .version("1.0.0")
                .include(new OpenApiDocumentTest.Items())
                .include("/api", new OpenApiDocumentTest.Prefixed()))) {
            json = client.get("/openapi.json").text();
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.isOpenapi31()).isTrue();
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/items/{item_id}", "/search", "/api/users/{user_id}");
        assertThat(result.getOpenAPI().getComponents().getSchemas()).containsKeys("Item", "HTTPValidationError");
    }

    @io.griddle.Operation(tags = "things")
    static final class Documented {
        @io.griddle.Operation(
                summary = "A thing",
                description = "One **thing**.",
                deprecated = true,
                operationId = "thing",
                responseDescription = "The thing")
        @io.griddle.ApiResponse(status = 404, description = "No such thing")
        @io.griddle.ApiResponse(status = 409, model = SeparateSchemasTest.Account.class)
        @io.griddle.Get("/things/{id}")
        public java.util.List<String> thing(
                @io.griddle.Path String id,
                @io.griddle.Query java.util.List<@jakarta.validation.constraints.Size(max = 3) String> q) {
            return q;
        }
    }

    @Test
    void routersMetadataAndSplitSchemasAreValidToo() {
        String json;
        try (TestClient client = TestClient.of(App.create()
                .tags(Tag.of("things", "All things.").externalDocs("More", "https://example.com/things"))
                .include(io.griddle.ApiRouter.create()
                        .prefix("/v1")
                        .tags("v1")
                        .response(418, "Teapot")
                        .include(new Documented())
                        .include(new SeparateSchemasTest.Api())))) {
            json = client.get("/openapi.json").text();
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getTags()).hasSize(1);
        assertThat(result.getOpenAPI()
                        .getPaths()
                        .get("/v1/things/{id}")
                        .getGet()
                        .getDeprecated())
                .isTrue();
        assertThat(result.getOpenAPI().getComponents().getSchemas()).containsKeys("Order-Input", "Order-Output");
    }

    @Test
    void theValidatorDoesReportABrokenDocument() {
        String broken = """
                {"openapi":"3.1.0","info":{"version":"1"},"paths":{"/a":{"get":{"parameters":[{"in":"query"}],
                 "responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Nope"}}}}}}}}}""";
        SwaggerParseResult result = new OpenAPIParser().readContents(broken, null, new ParseOptions());

        assertThat(result.getMessages()).isNotEmpty();
    }
}
