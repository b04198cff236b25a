package io.griddle.examples.tutorial.response_model;

import static io.griddle.examples.tutorial.support.Json.at;
import static io.griddle.examples.tutorial.support.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.examples.tutorial.support.Json;
import io.griddle.test.TestClient;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** FastAPI's tests/test_tutorial/test_response_model/test_tutorial005 and test_tutorial006 (same app). */
class Tutorial005Test {

    static List<Supplier<App>> apps() {
        return List.of(Tutorial005::app, Tutorial006::app);
    }

    @ParameterizedTest
    @MethodSource("apps")
    void readItemName(Supplier<App> app) {
        try (TestClient client = TestClient.of(app.get())) {
            var response = client.get("/items/bar/name");
            assertThat(response.status()).isEqualTo(200);
            assertThat(Json.of(response)).isEqualTo(tree("{\"name\":\"Bar\",\"description\":\"The Bar fighters\"}"));
        }
    }

    @ParameterizedTest
    @MethodSource("apps")
    void readItemPublicData(Supplier<App> app) {
        try (TestClient client = TestClient.of(app.get())) {
            var response = client.get("/items/bar/public");
            assertThat(response.status()).isEqualTo(200);
            assertThat(Json.of(response)).isEqualTo(tree("""
                    {"name":"Bar","description":"The Bar fighters","price":62.0}"""));
        }
    }

    @ParameterizedTest
    @MethodSource("apps")
    void openapiSchema(Supplier<App> app) {
        try (TestClient client = TestClient.of(app.get())) {
            JsonNode document = Json.of(client.get("/openapi.json"));
            for (String path : List.of("/items/{item_id}/name", "/items/{item_id}/public")) {
                assertThat(at(
                                document,
                                "paths",
                                path,
                                "get",
                                "responses",
                                "200",
                                "content",
                                "application/json",
                                "schema"))
                        .isEqualTo(tree("{\"$ref\":\"#/components/schemas/Item\"}"));
            }
            assertThat(at(document, "paths", "/items/{item_id}/public", "get", "summary")
                            .asString())
                    .isEqualTo("Read Item Public Data");
            assertThat(at(document, "components", "schemas", "Item")).isEqualTo(tree("""
                    {"title":"Item","required":["name","price"],"type":"object",
                     "properties":{
                       "name":{"title":"Name","type":"string"},
                       "price":{"title":"Price","type":"number"},
                       "description":{"title":"Description","anyOf":[{"type":"string"},{"type":"null"}]},
                       "tax":{"title":"Tax","type":"number","default":10.5}}}"""));
        }
    }
}
