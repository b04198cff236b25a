package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.http.Json;
import io.griddle.test.TestClient;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Constraints on list elements ({@code List<@Size(max = 3) String>}): checked per element and documented. */
class ElementConstraintsTest {

    record Tagged(String name, @Size(min = 1) List<@Size(max = 3) String> tags, Map<String, @Max(10) Integer> scores) {}

    record Weighted(Map<Integer, @Positive Double> weights) {}

    static final class Items {
        @Get("/items")
        public List<String> items(@Query List<@Size(max = 3) String> q, @Query Optional<List<@Max(5) Integer>> n) {
            return q;
        }

        @Post("/weighted")
        public Weighted weighted(@Body Weighted weighted) {
            return weighted;
        }

        @Post("/tagged")
        public Tagged tagged(@Body Tagged tagged) {
            return tagged;
        }
    }

    private static JsonNode tree(String json) {
        return Json.mapper().readTree(json);
    }

    @Test
    void queryElementsAreCheckedWhereTheyAre() {
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            assertThat(client.get("/items?q=ab&q=abc").json()).isEqualTo(List.of("ab", "abc"));
            var response = client.get("/items?q=ab&q=abcd&n=7");
            assertThat(response.status()).isEqualTo(422);
            assertThat(tree(response.text())).isEqualTo(tree("""
                    {"detail":[{"type":"string_too_long","loc":["query","q",1],
                                "msg":"String should have at most 3 characters","input":"abcd","ctx":{"max_length":3}},
                               {"type":"less_than_equal","loc":["query","n",0],
                                "msg":"Input should be less than or equal to 5","input":"7","ctx":{"le":5}}]}"""));
        }
    }

    @Test
    void bodyElementsAreCheckedWhereTheyAre() {
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            var ok = client.post("/tagged", Map.of("name", "a", "tags", List.of("x"), "scores", Map.of("a", 10)));
            assertThat(ok.status()).isEqualTo(200);
            var response = client.post(
                    "/tagged", Map.of("name", "a", "tags", List.of("x", "long"), "scores", Map.of("a", 11)));
            assertThat(response.status()).isEqualTo(422);
            assertThat(tree(response.text())).isEqualTo(tree("""
                    {"detail":[{"type":"string_too_long","loc":["body","tags",1],
                                "msg":"String should have at most 3 characters","input":"long","ctx":{"max_length":3}},
                               {"type":"less_than_equal","loc":["body","scores","a"],
                                "msg":"Input should be less than or equal to 10","input":11,"ctx":{"le":10}}]}"""));
            var empty = client.post("/tagged", Map.of("name", "a", "tags", List.of(), "scores", Map.of()));
            assertThat(tree(empty.text()).path("detail").get(0).path("type").asString())
                    .isEqualTo("too_short");
        }
    }

    @Test
    void mapsWithConvertedKeysCheckTheirValuesWithFloatLimits() {
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            assertThat(tree(client.post("/weighted", Map.of("weights", Map.of("1", 0.5)))
                            .text()))
                    .isEqualTo(tree("{\"weights\":{\"1\":0.5}}"));
            var response = client.post("/weighted", Map.of("weights", Map.of("x", -1)));
            assertThat(response.status()).isEqualTo(422);
            assertThat(tree(response.text())).isEqualTo(tree("""
                    {"detail":[{"type":"int_parsing","loc":["body","weights","x","[key]"],
                                "msg":"Input should be a valid integer, unable to parse string as an integer","input":"x"},
                               {"type":"greater_than","loc":["body","weights","x"],
                                "msg":"Input should be greater than 0","input":-1,"ctx":{"gt":0.0}}]}"""));
        }
    }

    @Test
    void elementConstraintsAreDocumented() {
        JsonNode document;
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            document = tree(client.get("/openapi.json").text());
        }
        JsonNode parameters = document.path("paths").path("/items").path("get").path("parameters");
        assertThat(parameters.get(0).path("schema")).isEqualTo(tree("""
                {"type":"array","items":{"type":"string","maxLength":3},"title":"Q"}"""));
        assertThat(parameters.get(1).path("schema")).isEqualTo(tree("""
                {"anyOf":[{"type":"array","items":{"type":"integer","maximum":5}},{"type":"null"}],"title":"N"}"""));
        JsonNode tagged =
                document.path("components").path("schemas").path("Tagged").path("properties");
        assertThat(tagged.path("tags")).isEqualTo(tree("""
                {"type":"array","items":{"type":"string","maxLength":3},"minItems":1,"title":"Tags"}"""));
        assertThat(tagged.path("scores")).isEqualTo(tree("""
                {"type":"object","additionalProperties":{"type":"integer","maximum":10},"title":"Scores"}"""));
    }

    @Test
    void unsupportedElementConstraintsFailAtStartup() {
        final class Wrong {
            @Get("/x")
            public String x(@Query List<@jakarta.validation.constraints.Future String> when) {
                return "x";
            }
        }
        assertThatThrownBy(() -> App.create().include(new Wrong())).hasMessageContaining("Future");
    }
}
