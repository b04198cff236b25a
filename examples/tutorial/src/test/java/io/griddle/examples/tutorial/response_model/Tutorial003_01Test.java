package io.griddle.examples.tutorial.response_model;

import static io.griddle.examples.tutorial.support.Json.at;
import static io.griddle.examples.tutorial.support.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.support.Json;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** FastAPI's tests/test_tutorial/test_response_model/test_tutorial003_01. */
class Tutorial003_01Test {

    @Test
    void postUserSendsTheBaseUser() {
        try (TestClient client = TestClient.of(Tutorial003_01.app())) {
            var response = client.post(
                    "/user/",
                    Map.of(
                            "username",
                            "foo",
                            "password",
                            "fighter",
                            "email",
                            "foo@example.com",
                            "full_name",
                            "Grave Dohl"));
            assertThat(response.status()).isEqualTo(200);
            assertThat(Json.of(response)).isEqualTo(tree("""
                    {"username":"foo","email":"foo@example.com","full_name":"Grave Dohl"}"""));
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial003_01.app())) {
            JsonNode document = Json.of(client.get("/openapi.json"));
            JsonNode post = at(document, "paths", "/user/", "post");
            assertThat(at(post, "summary").asString()).isEqualTo("Create User");
            assertThat(at(post, "requestBody")).isEqualTo(tree("""
                    {"content":{"application/json":{"schema":{"$ref":"#/components/schemas/UserIn"}}},"required":true}"""));
            assertThat(at(post, "responses", "200")).isEqualTo(tree("""
                    {"description":"Successful Response",
                     "content":{"application/json":{"schema":{"$ref":"#/components/schemas/BaseUser"}}}}"""));
            assertThat(at(post, "responses", "422", "content", "application/json", "schema"))
                    .isEqualTo(tree("{\"$ref\":\"#/components/schemas/HTTPValidationError\"}"));
            assertThat(at(document, "components", "schemas", "BaseUser")).isEqualTo(tree("""
                    {"title":"BaseUser","required":["username","email"],"type":"object",
                     "properties":{
                       "username":{"title":"Username","type":"string"},
                       "email":{"title":"Email","type":"string","format":"email"},
                       "full_name":{"title":"Full Name","anyOf":[{"type":"string"},{"type":"null"}]}}}"""));
            assertThat(at(document, "components", "schemas", "UserIn")).isEqualTo(tree("""
                    {"title":"UserIn","required":["username","email","password"],"type":"object",
                     "properties":{
                       "username":{"title":"Username","type":"string"},
                       "email":{"title":"Email","type":"string","format":"email"},
                       "full_name":{"title":"Full Name","anyOf":[{"type":"string"},{"type":"null"}]},
                       "password":{"title":"Password","type":"string"}}}"""));
            // The property order is FastAPI's too (JSON objects compare as sets above).
            assertThat(at(document, "components", "schemas", "UserIn", "properties")
                            .propertyNames())
                    .containsExactly("username", "email", "full_name", "password");
        }
    }
}
