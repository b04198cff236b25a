package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.http.Json;
import io.griddle.test.TestClient;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** URL values (Pydantic's AnyUrl) and maps whose keys are not text (Pydantic's dict[int, float]). */
class UrlsAndMapKeysTest {

    record Image(URI url, String name) {}

    record Item(String name, Optional<Image> image) {}

    @SuppressWarnings("unused")
    static final class Images {
        @Post("/images")
        Image image(@Body Image image) {
            return image;
        }

        @Get("/links")
        Map<String, Object> link(@Query URI to) {
            return Map.of("to", to);
        }

        @Post("/weights")
        Map<Integer, Double> weights(@Body Map<Integer, Double> weights) {
            return weights;
        }

        @Post("/items")
        Item item(@Body Item item) {
            return item;
        }
    }

    private final TestClient client = TestClient.of(App.create().include(new Images()));

    @AfterEach
    void stop() {
        client.close();
    }

    private static Object json(String text) {
        return Json.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), Object.class);
    }

    @Test
    void absoluteUrlsAreNormalisedAsPydanticDoes() {
        assertThat(client.post("/images", Map.of("url", "http://example.com/image.png", "name", "x"))
                        .json())
                .isEqualTo(Map.of("url", "http://example.com/image.png", "name", "x"));
        assertThat(client.post("/images", Map.of("url", "HTTPS://Example.COM", "name", "x"))
                        .json())
                .isEqualTo(Map.of("url", "https://example.com/", "name", "x"));
        assertThat(client.post("/images", Map.of("url", "mailto:someone@example.com", "name", "x"))
                        .json())
                .isEqualTo(Map.of("url", "mailto:someone@example.com", "name", "x"));
    }

    @Test
    void urlProblemsSayWhy() {
        var response = client.post("/images", Map.of("url", "not a valid url", "name", "x"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(json("""
                {"detail": [{"type": "url_parsing", "loc": ["body", "url"],
                             "msg": "Input should be a valid URL, relative URL without a base",
                             "input": "not a valid url", "ctx": {"error": "relative URL without a base"}}]}"""));
        assertThat(client.get("/links?to=").json()).isEqualTo(json("""
                {"detail": [{"type": "url_parsing", "loc": ["query", "to"], "msg": "Input should be a valid URL, input is empty",
                             "input": "", "ctx": {"error": "input is empty"}}]}"""));
        assertThat(client.get("/links?to=http://").json()).isEqualTo(json("""
                {"detail": [{"type": "url_parsing", "loc": ["query", "to"], "msg": "Input should be a valid URL, empty host",
                             "input": "http://", "ctx": {"error": "empty host"}}]}"""));
    }

    @Test
    void integerKeysConvertAndBadOnesAreLocatedAtKey() {
        assertThat(client.post("/weights", Map.of("2", 2.2, "3", 3.3)).json()).isEqualTo(Map.of("2", 2.2, "3", 3.3));
        var response = client.post("/weights", Map.of("foo", 2.2));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(json("""
                {"detail": [{"type": "int_parsing", "loc": ["body", "foo", "[key]"],
                             "msg": "Input should be a valid integer, unable to parse string as an integer",
                             "input": "foo"}]}"""));
    }

    @Test
    void openApiDocumentsUrlsAndLeavesNullableModelsUntitled() {
        JsonNode schemas = Json.mapper()
                .readTree(client.get("/openapi.json").text())
                .path("components")
                .path("schemas");
        assertThat(schemas.path("Image").path("properties").path("url"))
                .isEqualTo(Json.mapper().readTree("""
                {"type": "string", "format": "uri", "minLength": 1, "title": "Url"}"""));
        assertThat(schemas.path("Item").path("properties").path("image"))
                .isEqualTo(Json.mapper().readTree("""
                {"anyOf": [{"$ref": "#/components/schemas/Image"}, {"type": "null"}]}"""));
        assertThat(List.of(schemas.path("Item").path("required").get(0).stringValue()))
                .containsExactly("name");
    }
}
