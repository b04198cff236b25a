package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Default;
import io.griddle.Field;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Post;
import io.griddle.Query;
import io.griddle.http.Json;
import io.griddle.test.TestClient;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Titles, descriptions, deprecation, hidden parameters and defaults, as FastAPI's Query(), Path() and Field(). */
class DocumentationAttributesTest {

    record Item(
            String name,

            @Field(title = "The description of the item") @Size(max = 300)
            Optional<String> description,

            @Field(description = "The price must be greater than zero") @Positive
            double price,

            @Default({}) Set<String> tags,
            @Default({"a", "b"}) List<String> labels) {}

    @SuppressWarnings("unused")
    static final class Items {
        @Get("/items/{item_id}")
        String read(
                @Path(value = "item_id", title = "The ID of the item to get") int itemId,
                @Query(
                                value = "item-query",
                                title = "Query string",
                                description = "What to look for",
                                deprecated = true)
                        @Size(min = 3)
                        Optional<String> q,
                @Query(includeInSchema = false) Optional<String> hidden,
                @Query @Default({"foo", "bar"}) List<String> tag) {
            return "";
        }

        @Post("/items/")
        Item create(@Body Item item) {
            return item;
        }

        @Get("/users/{user_id}")
        String user(@Query String q, @Path("user_id") int userId) {
            return q;
        }
    }

    private static JsonNode document() {
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            return Json.mapper().readTree(client.get("/openapi.json").text());
        }
    }

    private static JsonNode tree(String json) {
        return Json.mapper().readTree(json);
    }

    @Test
    void parameterAttributesAsFastApiWritesThem() {
        JsonNode operation = document().path("paths").path("/items/{item_id}").path("get");
        assertThat(operation.path("parameters")).isEqualTo(tree("""
                [{"name":"item_id","in":"path","required":true,
                  "schema":{"type":"integer","title":"The ID of the item to get"}},
                 {"name":"item-query","in":"query","required":false,
                  "schema":{"anyOf":[{"type":"string","minLength":3},{"type":"null"}],"title":"Query string",
                            "description":"What to look for"},
                  "description":"What to look for","deprecated":true},
                 {"name":"tag","in":"query","required":false,
                  "schema":{"type":"array","items":{"type":"string"},"title":"Tag","default":["foo","bar"]}}]"""));
        assertThat(operation.path("responses").has("422"))
                .as("a hidden parameter is still validated")
                .isTrue();
    }

    @Test
    void pathParametersComeFirstWhateverTheJavaOrder() {
        JsonNode parameters =
                document().path("paths").path("/users/{user_id}").path("get").path("parameters");
        assertThat(parameters.get(0).path("name").stringValue()).isEqualTo("user_id");
        assertThat(parameters.get(1).path("name").stringValue()).isEqualTo("q");
    }

    @Test
    void recordComponentsWithFieldAndDefault() {
        assertThat(document().path("components").path("schemas").path("Item")).isEqualTo(tree("""
                {"type":"object","properties":{
                   "name":{"type":"string","title":"Name"},
                   "description":{"anyOf":[{"type":"string","maxLength":300},{"type":"null"}],
                                  "title":"The description of the item"},
                   "price":{"type":"number","exclusiveMinimum":0,"title":"Price",
                            "description":"The price must be greater than zero"},
                   "tags":{"type":"array","items":{"type":"string"},"uniqueItems":true,"title":"Tags","default":[]},
                   "labels":{"type":"array","items":{"type":"string"},"title":"Labels","default":["a","b"]}},
                 "required":["name","price"],"title":"Item"}"""));
    }
}
