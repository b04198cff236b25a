package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.ApiResponse;
import io.griddle.ApiRouter;
import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.test.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code @ApiResponse} with media types and an example, and one for the success status merged into it. */
class AdditionalResponsesTest {

    record Item(String id) {}

    record Message(String message) {}

    @SuppressWarnings("unused")
    static final class Items {
        @ApiResponse(
                status = 200,
                description = "The item or its image",
                mediaTypes = {"image/png", "image/jpeg"})
        @ApiResponse(status = 404, model = Message.class, example = "{\"message\": \"Item not found\"}")
        @ApiResponse(status = 599)
        @Get("/items/{id}")
        public Item item(@Path String id) {
            return new Item(id);
        }

        @ApiResponse(status = 200, example = "[1, 2]")
        @Get("/numbers")
        public List<Integer> numbers() {
            return List.of(1, 2);
        }
    }

    @SuppressWarnings("unused")
    static final class Plain {
        @Get("/plain")
        public Item plain() {
            return new Item("plain");
        }
    }

    @SuppressWarnings("unused")
    static final class BadExample {
        @ApiResponse(status = 404, example = "{not json")
        @Get("/bad")
        public String bad() {
            return "bad";
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> responses(TestClient client, String path) {
        Map<String, Object> document =
                (Map<String, Object>) client.get("/openapi.json").json();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        return (Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) paths.get(path)).get("get")).get("responses");
    }

    @Test
    void successStatusIsMergedNotReplaced() {
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            assertThat(responses(client, "/items/{id}").get("200"))
                    .isEqualTo(Map.of(
                            "description",
                            "The item or its image",
                            "content",
                            Map.of(
                                    "image/png",
                                    Map.of(),
                                    "image/jpeg",
                                    Map.of(),
                                    "application/json",
                                    Map.of("schema", Map.of("$ref", "#/components/schemas/Item")))));
        }
    }

    @Test
    void exampleGoesBesideTheModelsSchema() {
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            assertThat(responses(client, "/items/{id}").get("404"))
                    .isEqualTo(Map.of(
                            "description",
                            "Not Found",
                            "content",
                            Map.of(
                                    "application/json",
                                    Map.of(
                                            "schema",
                                            Map.of("$ref", "#/components/schemas/Message"),
                                            "example",
                                            Map.of("message", "Item not found")))));
            assertThat(responses(client, "/items/{id}").get("599"))
                    .isEqualTo(Map.of("description", "Additional Response"));
        }
    }

    @Test
    void successKeepsItsDescriptionAndSchemaWhenOnlyAnExampleIsAdded() {
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            assertThat(responses(client, "/numbers").get("200"))
                    .isEqualTo(Map.of(
                            "description",
                            "Successful Response",
                            "content",
                            Map.of(
                                    "application/json",
                                    Map.of(
                                            "schema",
                                            Map.of(
                                                    "type",
                                                    "array",
                                                    "items",
                                                    Map.of("type", "integer"),
                                                    "title",
                                                    "Response Numbers Numbers Get"),
                                            "example",
                                            List.of(1, 2)))));
        }
    }

    @Test
    void aRoutersResponseForTheSuccessStatusChangesItsDescriptionOnly() {
        try (TestClient client = TestClient.of(
                App.create().include(ApiRouter.create().response(200, "Fine").include(new Plain())))) {
            assertThat(responses(client, "/plain").get("200"))
                    .isEqualTo(Map.of(
                            "description",
                            "Fine",
                            "content",
                            Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Item")))));
        }
    }

    @Test
    void anExampleThatIsNotJsonFailsWhenDeclared() {
        assertThatThrownBy(() -> App.create().include(new BadExample()))
                .hasStackTraceContaining("@ApiResponse(status = 404) example is not JSON: {not json");
    }
}
