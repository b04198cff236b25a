package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Get;
import io.griddle.OpenApiExtra;
import io.griddle.Operation;
import io.griddle.Post;
import io.griddle.test.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code @OpenApiExtra} merged into the operation, and operationIds from {@code App.generateUniqueId}. */
class OpenApiExtraTest {

    record Item(String name) {}

    @SuppressWarnings("unused")
    static final class Items {
        @OpenApiExtra("""
                {"x-portal": "blue", "responses": {"200": {"description": "Fine", "x-cached": true}},
                 "requestBody": {"content": {"application/x-yaml": {"schema": {"type": "object"}}}}}""")
        @Post("/items/")
        public Item create(@Body Item item) {
            return item;
        }

        @Operation(tags = "things", operationId = "own_id")
        @Get("/things/")
        public String things() {
            return "things";
        }

        @Operation(tags = "things")
        @Post("/things/")
        public String addThing(@Body Item a, @Body Item b) {
            return "added";
        }
    }

    @SuppressWarnings("unused")
    static final class NotAnObject {
        @OpenApiExtra("[1]")
        @Get("/bad")
        public String bad() {
            return "bad";
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> operation(App app, String path, String method) {
        try (TestClient client = TestClient.of(app)) {
            Map<String, Object> document =
                    (Map<String, Object>) client.get("/openapi.json").json();
            return (Map<String, Object>)
                    ((Map<String, Object>) ((Map<String, Object>) document.get("paths")).get(path)).get(method);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void extraJsonIsMergedKeyByKeyIntoTheOperation() {
        Map<String, Object> create = operation(App.create().include(new Items()), "/items/", "post");

        assertThat(create).containsEntry("x-portal", "blue");
        Map<String, Object> ok = (Map<String, Object>) ((Map<String, Object>) create.get("responses")).get("200");
        assertThat(ok)
                .containsEntry("description", "Fine")
                .containsEntry("x-cached", true)
                .containsKey("content");
        Map<String, Object> content =
                (Map<String, Object>) ((Map<String, Object>) create.get("requestBody")).get("content");
        assertThat(content).containsOnlyKeys("application/json", "application/x-yaml");
        assertThat(((Map<String, Object>) create.get("requestBody"))).containsEntry("required", true);
    }

    @Test
    void theSameRouteDocumentedTwiceIsMergedTheSameWay() {
        App app = App.create().include(new Items());
        assertThat(app.generateOpenapi(OpenApiInfo.defaults())).isEqualTo(app.generateOpenapi(OpenApiInfo.defaults()));
    }

    @Test
    void extraThatIsNotAJsonObjectFailsWhenDeclared() {
        assertThatThrownBy(() -> App.create().include(new NotAnObject()))
                .hasStackTraceContaining("@OpenApiExtra is not a JSON object: [1]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void generatedIdsNameOperationsWithoutTheirOwnAndTheBodySchema() {
        App app = App.create()
                .generateUniqueId(route ->
                        (route.tags().isEmpty() ? "default" : route.tags().get(0)) + "-" + route.name() + "-"
                                + route.method() + "-" + route.path())
                .include(new Items());
        Map<String, Object> document = app.openapi();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");

        assertThat(((Map<String, Object>) ((Map<String, Object>) paths.get("/items/")).get("post")))
                .containsEntry("operationId", "default-create-POST-/items/");
        assertThat(((Map<String, Object>) ((Map<String, Object>) paths.get("/things/")).get("get")))
                .containsEntry("operationId", "own_id");
        Map<String, Object> addThing = (Map<String, Object>) ((Map<String, Object>) paths.get("/things/")).get("post");
        assertThat(addThing).containsEntry("operationId", "things-addThing-POST-/things/");
        assertThat(((Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas")))
                .containsKey("Body_things-addThing-POST-/things/");
        assertThat(List.of(addThing.get("tags"))).containsExactly(List.of("things"));
    }

    @Test
    void aGeneratorGivingNoIdFailsNamingTheRoute() {
        App app = App.create().generateUniqueId(route -> "").include(new Items());
        assertThatThrownBy(app::openapi).hasMessageContaining("no id for POST /items/");
    }
}
