package io.griddle.examples.tutorial.response_model;

import static io.griddle.examples.tutorial.support.Json.at;
import static io.griddle.examples.tutorial.support.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.examples.tutorial.support.Json;
import io.griddle.test.TestClient;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** FastAPI's tests/test_tutorial/test_response_model/test_tutorial001_tutorial001_01, for both ports. */
class Tutorial001Test {

    static List<Supplier<App>> apps() {
        return List.of(Tutorial001::app, Tutorial001_01::app);
    }

    @ParameterizedTest
    @MethodSource("apps")
    void readItems(Supplier<App> app) {
        try (TestClient client = TestClient.of(app.get())) {
            var response = client.get("/items/");
            assertThat(response.status()).isEqualTo(200);
            assertThat(Json.of(response)).isEqualTo(tree("""
                    [{"name":"Portal Gun","description":null,"price":42.0,"tags":[],"tax":null},
                     {"name":"Plumbus","description":null,"price":32.0,"tags":[],"tax":null}]"""));
        }
    }

    @ParameterizedTest
    @MethodSource("apps")
    void createItem(Supplier<App> app) {
        try (TestClient client = TestClient.of(app.get())) {
            Map<String, Object> item = Map.of(
                    "name",
                    "Test Item",
                    "description",
                    "A test item",
                    "price",
                    10.5,
                    "tax",
                    1.5,
                    "tags",
                    List.of("test", "item"));
            var response = client.post("/items/", item);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo(item);
        }
    }

    @ParameterizedTest
    @MethodSource("apps")
    void createItemOnlyRequired(Supplier<App> app) {
        try (TestClient client = TestClient.of(app.get())) {
            var response = client.post("/items/", Map.of("name", "Test Item", "price", 10.5));
            assertThat(response.status()).isEqualTo(200);
            assertThat(Json.of(response)).isEqualTo(tree("""
                    {"name":"Test Item","price":10.5,"description":null,"tax":null,"tags":[]}"""));
        }
    }

    @ParameterizedTest
    @MethodSource("apps")
    void openapiSchema(Supplier<App> app) {
        try (TestClient client = TestClient.of(app.get())) {
            JsonNode document = Json.of(client.get("/openapi.json"));
            JsonNode items = at(document, "paths", "/items/");
            assertThat(at(items, "get", "responses", "200", "content", "application/json", "schema"))
                    .isEqualTo(tree("""
                    {"type":"array","items":{"$ref":"#/components/schemas/Item"},"title":"Response Read Items Items  Get"}"""));
            assertThat(at(items, "get", "responses").has("422")).isFalse();
            assertThat(at(items, "post", "requestBody")).isEqualTo(tree("""
                    {"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Item"}}},"required":true}"""));
            assertThat(at(items, "post", "responses", "200", "content", "application/json", "schema"))
                    .isEqualTo(tree("{\"$ref\":\"#/components/schemas/Item\"}"));
            assertThat(at(items, "post", "summary").asString()).isEqualTo("Create Item");
            assertThat(at(document, "components", "schemas", "Item")).isEqualTo(tree("""
                    {"title":"Item","required":["name","price"],"type":"object",
                     "properties":{
                       "name":{"title":"Name","type":"string"},
                       "price":{"title":"Price","type":"number"},
                       "description":{"title":"Description","anyOf":[{"type":"string"},{"type":"null"}]},
                       "tax":{"title":"Tax","anyOf":[{"type":"number"},{"type":"null"}]},
                       "tags":{"title":"Tags","type":"array","items":{"type":"string"},"default":[]}}}"""));
        }
    }
}
