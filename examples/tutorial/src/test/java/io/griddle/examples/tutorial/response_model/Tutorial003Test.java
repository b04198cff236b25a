package io.griddle.examples.tutorial.response_model;

import static io.griddle.examples.tutorial.support.Json.at;
import static io.griddle.examples.tutorial.support.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.support.Json;
import io.griddle.test.TestClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** FastAPI's tests/test_tutorial/test_response_model/test_tutorial003. */
class Tutorial003Test {

    @Test
    void postUserLeavesOutThePassword() {
        try (TestClient client = TestClient.of(Tutorial003.app())) {
            var response = client.post(
                    "/user/",
                    Map.of(
                            "username",
                            "foo",
                            "password",
                            UUID.randomUUID().toString(),
                            "email",
                            "foo@example.com",
                            "full_name",
                            "Grave Dohl"));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json())
                    .isEqualTo(Map.of("username", "foo", "email", "foo@example.com", "full_name", "Grave Dohl"));
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial003.app())) {
            JsonNode document = Json.of(client.get("/openapi.json"));
            JsonNode post = at(document, "paths", "/user/", "post");
            assertThat(at(post, "requestBody", "content", "application/json", "schema"))
                    .isEqualTo(tree("{\"$ref\":\"#/components/schemas/UserIn\"}"));
            assertThat(at(post, "responses", "200", "content", "application/json", "schema"))
                    .isEqualTo(tree("{\"$ref\":\"#/components/schemas/UserOut\"}"));
            assertThat(at(document, "components", "schemas", "UserOut")).isEqualTo(tree("""
                    {"title":"UserOut","required":["username","email"],"type":"object",
                     "properties":{
                       "username":{"title":"Username","type":"string"},
                       "email":{"title":"Email","type":"string","format":"email"},
                       "full_name":{"title":"Full Name","anyOf":[{"type":"string"},{"type":"null"}]}}}"""));
            assertThat(at(document, "components", "schemas", "UserIn", "required"))
                    .isEqualTo(tree("[\"username\",\"password\",\"email\"]"));
        }
    }
}
