package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Field;
import io.griddle.OpenApiExample;
import io.griddle.Post;
import io.griddle.SchemaExamples;
import io.griddle.http.Json;
import io.griddle.test.TestClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Examples from annotations: {@code @SchemaExamples} on a record, {@code @Field(examples)} on its components,
 * {@code @Body(examples)} beside the body's schema and {@code @Body(openapiExamples)} on its media type.
 */
class ExamplesTest {

    @SchemaExamples({"{\"name\": \"Foo\", \"price\": 35.4}", "{\"name\": \"Bar\", \"price\": 1}"})
    record Item(String name, double price) {}

    record Event(
            @Field(examples = "Launch") String title,
            @Field(examples = {"2026-01-02", "2026-12-31"}) LocalDate day,
            @Field(examples = "[1, 2]") List<Integer> seats,
            @Field(title = "Capacity", examples = "100") Optional<Integer> capacity) {}

    record Plain(String name) {}

    static final class Api {
        @Post("/items")
        public Item item(@Body Item item) {
            return item;
        }

        @Post("/events")
        public Event event(@Body Event event) {
            return event;
        }

        @Post("/plain")
        public Plain plain(
                @Body(
                                examples = {"{\"name\": \"a\"}", "{\"name\": 3}"},
                                openapiExamples = {
                                    @OpenApiExample(
                                            name = "short",
                                            summary = "A short name",
                                            value = "{\"name\": \"a\"}"),
                                    @OpenApiExample(
                                            name = "wrong",
                                            description = "Rejected: a number",
                                            value = "{\"name\": 3}")
                                })
                        Plain plain) {
            return plain;
        }

        @Post("/embedded")
        public Plain embedded(@Body(examples = "\"x\"") String name, @Body int size) {
            return new Plain(name);
        }
    }

    static final class NotJson {
        @Post("/bad")
        public Plain bad(@Body(examples = "{name: a}") Plain plain) {
            return plain;
        }
    }

    @SchemaExamples("not json")
    record BadExamples(String name) {}

    static final class BadModel {
        @Post("/bad")
        public BadExamples bad(@Body BadExamples body) {
            return body;
        }
    }

    private static JsonNode tree(String json) {
        return Json.mapper().readTree(json);
    }

    private static JsonNode document() {
        try (TestClient client = TestClient.of(App.create().include(new Api()))) {
            return tree(client.get("/openapi.json").text());
        }
    }

    @Test
    void recordExamplesGoToItsComponent() {
        assertThat(document().path("components").path("schemas").path("Item").path("examples"))
                .isEqualTo(tree("[{\"name\": \"Foo\", \"price\": 35.4}, {\"name\": \"Bar\", \"price\": 1}]"));
    }

    @Test
    void fieldExamplesAreTextForStringLikeTypesAndJsonOtherwise() {
        JsonNode properties =
                document().path("components").path("schemas").path("Event").path("properties");
        assertThat(properties.path("title")).isEqualTo(tree("""
                {"type": "string", "title": "Title", "examples": ["Launch"]}"""));
        assertThat(properties.path("day")).isEqualTo(tree("""
                {"type": "string", "format": "date", "title": "Day", "examples": ["2026-01-02", "2026-12-31"]}"""));
        assertThat(properties.path("seats").path("examples")).isEqualTo(tree("[[1, 2]]"));
        assertThat(properties.path("capacity")).isEqualTo(tree("""
                {"anyOf": [{"type": "integer"}, {"type": "null"}], "title": "Capacity", "examples": [100]}"""));
    }

    @Test
    void bodyExamplesGoBesideTheRefAndNamedOnesOnTheMediaType() {
        JsonNode media = document()
                .path("paths")
                .path("/plain")
                .path("post")
                .path("requestBody")
                .path("content")
                .path("application/json");
        assertThat(media.path("schema")).isEqualTo(tree("""
                {"$ref": "#/components/schemas/Plain", "examples": [{"name": "a"}, {"name": 3}]}"""));
        assertThat(media.path("examples")).isEqualTo(tree("""
                {"short": {"summary": "A short name", "value": {"name": "a"}},
                 "wrong": {"description": "Rejected: a number", "value": {"name": 3}}}"""));
        assertThat(media.path("examples").propertyNames()).containsExactly("short", "wrong");
        // The component itself is untouched.
        assertThat(document().path("components").path("schemas").path("Plain").has("examples"))
                .isFalse();
    }

    @Test
    void anEmbeddedBodyValueHasItsExamplesInItsProperty() {
        JsonNode body = document()
                .path("components")
                .path("schemas")
                .path("Body_embedded_embedded_post")
                .path("properties");
        assertThat(body.path("name")).isEqualTo(tree("""
                {"type": "string", "title": "Name", "examples": ["x"]}"""));
        assertThat(body.path("size").has("examples")).isFalse();
    }

    @Test
    void examplesOnlyDocument() {
        try (TestClient client = TestClient.of(App.create().include(new Api()))) {
            assertThat(client.post("/plain", Map.of("name", 3)).status()).isEqualTo(422);
            assertThat(client.post("/items", Map.of("name", "x", "price", 2)).json())
                    .isEqualTo(Map.of("name", "x", "price", 2.0));
        }
    }

    @Test
    void aBodyExampleThatIsNotJsonFailsWhenTheRouteIsDeclared() {
        assertThatThrownBy(() -> App.create().include(new NotJson()))
                .hasStackTraceContaining("NotJson.bad(plain)")
                .hasStackTraceContaining("not JSON: {name: a}");
    }

    @Test
    void aRecordExampleThatIsNotJsonFailsWhenTheDocumentIsMade() {
        App app = App.create().include(new BadModel());
        assertThatThrownBy(app::openapi)
                .hasStackTraceContaining("@SchemaExamples on BadExamples")
                .hasStackTraceContaining("not JSON: not json");
    }
}
