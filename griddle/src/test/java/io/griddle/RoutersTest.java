package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.http.HttpError;
import io.griddle.http.Json;
import io.griddle.openapi.Tag;
import io.griddle.test.TestClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** ApiRouter: prefixes, tags, dependencies and responses of nested routers; @Operation metadata; app tags. */
class RoutersTest {

    static final List<String> CALLS = new ArrayList<>();

    static final class Outer {
        public void provide(@Header("x-outer") String value) {
            CALLS.add("outer");
        }
    }

    static final class Inner {
        public void provide() {
            CALLS.add("inner");
        }
    }

    static final class Denied {
        public void provide() {
            throw new HttpError(403, "denied");
        }
    }

    @Operation(tags = "class")
    static final class Things {
        @Get("/{thing_id}")
        public Map<String, String> thing(@Path String thing_id) {
            return Map.of("id", thing_id);
        }

        @Operation(
                tags = "method",
                summary = "Change a thing",
                description = "Changes **one** thing.",
                deprecated = true,
                operationId = "change",
                responseDescription = "The changed thing")
        @ApiResponse(status = 404, description = "No such thing")
        @ApiResponse(status = 409, model = Problem.class)
        @Put("/{thing_id}")
        public Map<String, String> change(@Path String thing_id) {
            return Map.of("changed", thing_id);
        }

        @Operation(includeInSchema = false)
        @Get("/hidden/route")
        public String hidden() {
            return "hidden";
        }
    }

    record Problem(String message) {}

    static final class Health {
        @Get("/health")
        public String health() {
            return "ok";
        }
    }

    private static App app() {
        ApiRouter inner = ApiRouter.create()
                .prefix("/things")
                .tags("inner")
                .dependencies(Inner.class)
                .response(404, "Not found")
                .response(500, "Broken")
                .include(new Things());
        ApiRouter outer = ApiRouter.create()
                .prefix("/v1")
                .tags("outer")
                .dependencies(Outer.class)
                .response(404, "Outer not found")
                .include(inner)
                .include("/misc", new Health());
        return App.create()
                .tags(
                        Tag.of("outer", "The outer router's routes.").externalDocs("More", "https://example.com/outer"),
                        Tag.of("method", null))
                .include(outer)
                .include(ApiRouter.create()
                        .prefix("/denied")
                        .dependencies(Denied.class)
                        .include(new Health()))
                .include(ApiRouter.create()
                        .includeInSchema(false)
                        .deprecated(true)
                        .include("/quiet", new Health()));
    }

    @Test
    void prefixesAreJoinedAndDependenciesRunOuterFirst() {
        CALLS.clear();
        try (TestClient client = TestClient.of(app())) {
            var response =
                    client.request("GET", "/v1/things/7").header("x-outer", "1").send();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo(Map.of("id", "7"));
            assertThat(CALLS).containsExactly("outer", "inner");

            assertThat(client.get("/v1/things/7").status())
                    .as("the outer dependency's header is required")
                    .isEqualTo(422);
            assertThat(client.request("GET", "/v1/misc/health")
                            .header("x-outer", "1")
                            .send()
                            .json())
                    .isEqualTo("ok");
            assertThat(client.get("/denied/health").status()).isEqualTo(403);
            assertThat(client.get("/quiet/health").json())
                    .as("left out of the document, still served")
                    .isEqualTo("ok");
            assertThat(client.get("/things/7").status()).isEqualTo(404);
        }
    }

    @Test
    void documentHasTagsResponsesAndOperationSettings() {
        JsonNode document;
        try (TestClient client = TestClient.of(app())) {
            document = Json.mapper().readTree(client.get("/openapi.json").text());
        }
        JsonNode paths = document.path("paths");
        assertThat(paths.propertyNames()).containsExactly("/v1/things/{thing_id}", "/v1/misc/health", "/denied/health");

        JsonNode get = paths.path("/v1/things/{thing_id}").path("get");
        assertThat(get.path("tags")).isEqualTo(tree("[\"outer\",\"inner\",\"class\"]"));
        assertThat(get.path("responses").propertyNames()).containsExactly("200", "404", "500", "422");
        assertThat(get.path("responses").path("404")).isEqualTo(tree("{\"description\":\"Not found\"}"));
        assertThat(get.has("deprecated")).isFalse();

        JsonNode put = paths.path("/v1/things/{thing_id}").path("put");
        assertThat(put.propertyNames())
                .containsExactly(
                        "tags", "summary", "description", "operationId", "deprecated", "parameters", "responses");
        assertThat(put.path("tags")).isEqualTo(tree("[\"outer\",\"inner\",\"class\",\"method\"]"));
        assertThat(put.path("summary").asString()).isEqualTo("Change a thing");
        assertThat(put.path("description").asString()).isEqualTo("Changes **one** thing.");
        assertThat(put.path("operationId").asString()).isEqualTo("change");
        assertThat(put.path("deprecated").asBoolean()).isTrue();
        assertThat(put.path("responses").path("200").path("description").asString())
                .isEqualTo("The changed thing");
        assertThat(put.path("responses").propertyNames()).containsExactly("200", "404", "500", "409", "422");
        assertThat(put.path("responses").path("404")).isEqualTo(tree("{\"description\":\"No such thing\"}"));
        assertThat(put.path("responses").path("409")).isEqualTo(tree("""
                {"description":"Conflict","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}"""));
        assertThat(document.path("components").path("schemas").has("Problem")).isTrue();

        assertThat(paths.path("/v1/misc/health").path("get").path("tags")).isEqualTo(tree("[\"outer\"]"));
        assertThat(paths.path("/v1/misc/health")
                        .path("get")
                        .path("responses")
                        .path("404")
                        .path("description")
                        .asString())
                .isEqualTo("Outer not found");

        assertThat(document.path("tags")).isEqualTo(tree("""
                [{"name":"outer","description":"The outer router's routes.",
                  "externalDocs":{"description":"More","url":"https://example.com/outer"}},
                 {"name":"method"}]"""));
        assertThat(document.propertyNames()).containsExactly("openapi", "info", "paths", "components", "tags");
    }

    @Test
    void wrongPrefixesAndCyclesAreRefused() {
        assertThatThrownBy(() -> ApiRouter.create().prefix("items")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiRouter.create().prefix("/items/")).isInstanceOf(IllegalArgumentException.class);
        ApiRouter a = ApiRouter.create();
        ApiRouter b = ApiRouter.create().include(a);
        a.include(b);
        assertThatThrownBy(() -> App.create().include(a)).hasMessageContaining("cycle");
    }

    @Test
    void summaryOnAClassIsRefused() {
        @Operation(summary = "nope")
        final class Wrong {
            @Get("/x")
            public String x() {
                return "x";
            }
        }
        assertThatThrownBy(() -> App.create().include(new Wrong())).hasMessageContaining("@Operation on a class");
    }

    private static JsonNode tree(String json) {
        return Json.mapper().readTree(json);
    }
}
