package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.http.Json;
import io.griddle.test.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A sealed interface of records as the declared return type is a union of models: each answer is written as the
 * record it is (not through the interface's accessors), and the document says {@code anyOf} the records.
 */
class UnionResponseTest {

    sealed interface Shape permits Circle, Square {
        String name();
    }

    record Circle(String name, double radius) implements Shape {}

    record Square(String name, @Default("1") int side) implements Shape {}

    record Drawing(String title, List<Shape> shapes) {}

    // A sealed interface with a class among its subclasses is not a union; it stays an interface model.
    sealed interface Named permits Person, Robot {
        String name();
    }

    record Person(String name, String secret) implements Named {}

    static final class Robot implements Named {
        @Override
        public String name() {
            return "R2";
        }
    }

    static final class Api {
        @Get("/shapes/{which}")
        public Shape shape(@Path String which) {
            return which.equals("circle") ? new Circle("c", 2.5) : new Square("s", 3);
        }

        @Get("/shapes")
        public List<Shape> shapes() {
            return List.of(new Circle("c", 1), new Square("s", 2));
        }

        @Get("/drawing")
        public Drawing drawing() {
            return new Drawing("d", List.of(new Square("s", 4)));
        }

        @Get("/named")
        public Named named() {
            return new Person("Ann", "hidden");
        }
    }

    static final class ReadsAUnion {
        @Post("/shapes")
        public Shape add(@Body Shape shape) {
            return shape;
        }
    }

    @Test
    void aUnionCannotBeReadFromARequestAndSaysSoAtStartup() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> App.create().include(new ReadsAUnion()))
                .hasStackTraceContaining("Shape is a sealed interface of records (a union)")
                .hasStackTraceContaining("bind one of its records");
    }

    private static JsonNode tree(String json) {
        return Json.mapper().readTree(json);
    }

    @Test
    void eachAnswerIsWrittenAsItsRecord() {
        try (TestClient client = TestClient.of(App.create().include(new Api()))) {
            assertThat(client.get("/shapes/circle").json()).isEqualTo(Map.of("name", "c", "radius", 2.5));
            assertThat(client.get("/shapes/square").json()).isEqualTo(Map.of("name", "s", "side", 3));
            assertThat(client.get("/shapes").json())
                    .isEqualTo(List.of(Map.of("name", "c", "radius", 1.0), Map.of("name", "s", "side", 2)));
            assertThat(client.get("/drawing").json())
                    .isEqualTo(Map.of("title", "d", "shapes", List.of(Map.of("name", "s", "side", 4))));
            assertThat(client.get("/named").json()).isEqualTo(Map.of("name", "Ann"));
        }
    }

    @Test
    void theDocumentSaysAnyOfTheRecordsInPermitsOrder() {
        JsonNode document;
        try (TestClient client = TestClient.of(App.create().include(new Api()))) {
            document = tree(client.get("/openapi.json").text());
        }
        JsonNode one = document.path("paths")
                .path("/shapes/{which}")
                .path("get")
                .path("responses")
                .path("200")
                .path("content")
                .path("application/json")
                .path("schema");
        assertThat(one).isEqualTo(tree("""
                {"anyOf": [{"$ref": "#/components/schemas/Circle"}, {"$ref": "#/components/schemas/Square"}],
                 "title": "Response Shape Shapes  Which  Get"}"""));
        JsonNode many = document.path("paths")
                .path("/shapes")
                .path("get")
                .path("responses")
                .path("200")
                .path("content")
                .path("application/json")
                .path("schema");
        assertThat(many.path("items")).isEqualTo(tree("""
                {"anyOf": [{"$ref": "#/components/schemas/Circle"}, {"$ref": "#/components/schemas/Square"}]}"""));
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.path("Square")).isEqualTo(tree("""
                {"type": "object", "properties": {"name": {"type": "string", "title": "Name"},
                 "side": {"type": "integer", "title": "Side", "default": 1}}, "required": ["name"], "title": "Square"}"""));
        assertThat(schemas.has("Shape")).isFalse();
        assertThat(schemas.path("Named").path("properties").propertyNames()).containsExactly("name");
    }
}
