package io.griddle.examples.tutorial.response_model;

import static io.griddle.examples.tutorial.support.Json.at;
import static io.griddle.examples.tutorial.support.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.support.Json;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** FastAPI's tests/test_tutorial/test_response_model/test_tutorial002. */
class Tutorial002Test {

    @Test
    void postUser() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            Map<String, Object> user = Map.of(
                    "username", "foo", "password", "fighter", "email", "foo@example.com", "full_name", "Grave Dohl");
            var response = client.post("/user/", user);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo(user);
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            JsonNode document = Json.of(client.get("/openapi.json"));
            JsonNode post = at(document, "paths", "/user/", "post");
            assertThat(at(post, "requestBody", "content", "application/json", "schema"))
                    .isEqualTo(tree("{\"$ref\":\"#/components/schemas/UserIn\"}"));
            assertThat(at(post, "responses", "200", "content", "application/json", "schema"))
                    .isEqualTo(tree("{\"$ref\":\"#/components/schemas/UserIn\"}"));
            assertThat(at(document, "components", "schemas", "UserIn")).isEqualTo(tree("""
                    {"title":"UserIn","required":["username","password","email"],"type":"object",
                     "properties":{
                       "username":{"title":"Username","type":"string"},
                       "password":{"title":"Password","type":"string"},
                       "email":{"title":"Email","type":"string","format":"email"},
                       "full_name":{"title":"Full Name","anyOf":[{"type":"string"},{"type":"null"}]}}}"""));
        }
    }
}
