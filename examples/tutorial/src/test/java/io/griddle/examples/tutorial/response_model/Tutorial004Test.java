package io.griddle.examples.tutorial.response_model;

import static io.griddle.examples.tutorial.support.Json.at;
import static io.griddle.examples.tutorial.support.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.support.Json;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** FastAPI's tests/test_tutorial/test_response_model/test_tutorial004. */
class Tutorial004Test {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/items/foo | {\"name\":\"Foo\",\"price\":50.2}",
                "/items/bar | {\"name\":\"Bar\",\"description\":\"The bartenders\",\"price\":62.0,\"tax\":20.2}",
                "/items/baz | {\"name\":\"Baz\",\"description\":null,\"price\":50.2,\"tax\":10.5,\"tags\":[]}"
            })
    void onlyTheFieldsSetAreSent(String url, String expected) {
        try (TestClient client = TestClient.of(Tutorial004.app())) {
            var response = client.get(url);
            assertThat(response.status()).isEqualTo(200);
            assertThat(Json.of(response)).isEqualTo(tree(expected));
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial004.app())) {
            JsonNode document = Json.of(client.get("/openapi.json"));
            JsonNode get = at(document, "paths", "/items/{item_id}", "get");
            assertThat(at(get, "responses", "200", "content", "application/json", "schema"))
                    .isEqualTo(tree("{\"$ref\":\"#/components/schemas/Item\"}"));
            assertThat(at(get, "parameters")).isEqualTo(tree("""
                    [{"required":true,"schema":{"title":"Item Id","type":"string"},"name":"item_id","in":"path"}]"""));
            assertThat(at(document, "components", "schemas", "Item")).isEqualTo(tree("""
                    {"title":"Item","required":["name","price"],"type":"object",
                     "properties":{
                       "name":{"title":"Name","type":"string"},
                       "price":{"title":"Price","type":"number"},
                       "description":{"title":"Description","anyOf":[{"type":"string"},{"type":"null"}]},
                       "tax":{"title":"Tax","type":"number","default":10.5},
                       "tags":{"title":"Tags","type":"array","items":{"type":"string"},"default":[]}}}"""));
        }
    }
}
