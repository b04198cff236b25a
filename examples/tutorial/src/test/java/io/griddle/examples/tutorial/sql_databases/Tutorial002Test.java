package io.griddle.examples.tutorial.sql_databases;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_sql_databases/test_tutorial002, as the specification: the app over an
 * in-memory database of its own (FastAPI's test swaps the engine for an in-memory SQLite one). Where FastAPI's
 * snapshot has {@code IsInt()}, the test asserts an integer and compares the rest.
 */
class Tutorial002Test {

    private final TestClient client =
            TestClient.of(Tutorial002.app("jdbc:h2:mem:heroes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void crudApp() {
        // No heroes before creating
        assertJson(client.get("/heroes/"), 200, "[]");

        // Create a hero: the id sent is not a field of HeroCreate, so the database gives one
        TestResponse created = client.post("/heroes/", json("""
                {"id": 9000, "name": "Dead Pond", "age": 30, "secret_name": "Dive Wilson"}"""));
        assertThat(created.status()).isEqualTo(200);
        Object heroId = ((Map<?, ?>) created.json()).get("id");
        assertThat(heroId).isInstanceOf(Integer.class).isNotEqualTo(9000);
        assertThat(created.json()).isEqualTo(json("""
                {"age": 30, "id": %s, "name": "Dead Pond"}""".formatted(heroId)));

        // Read a hero
        assertJson(client.get("/heroes/" + heroId), 200, """
                {"name": "Dead Pond", "age": 30, "id": %s}""".formatted(heroId));

        // Read all heroes, after creating more
        assertThat(client.post("/heroes/", json("""
                        {"name": "Spider-Boy", "age": 18, "secret_name": "Pedro Parqueador"}""")).status()).isEqualTo(200);
        assertThat(client.post("/heroes/", json("""
                        {"name": "Rusty-Man", "secret_name": "Tommy Sharp"}""")).status()).isEqualTo(200);
        TestResponse all = client.get("/heroes/");
        assertThat(all.status()).isEqualTo(200);
        List<?> heroes = (List<?>) all.json();
        assertThat(heroes)
                .allSatisfy(hero -> assertThat(((Map<?, ?>) hero).get("id")).isInstanceOf(Integer.class));
        assertThat(withoutIds(heroes)).isEqualTo(json("""
                [{"name": "Dead Pond", "age": 30},
                 {"name": "Spider-Boy", "age": 18},
                 {"name": "Rusty-Man", "age": null}]"""));

        TestResponse page = client.get("/heroes/?offset=1&limit=1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(withoutIds((List<?>) page.json())).isEqualTo(json("""
                [{"name": "Spider-Boy", "age": 18}]"""));

        // Update a hero: the age sent as null is set, the secret name not sent is kept
        assertJson(client.patch("/heroes/" + heroId, json("""
                {"name": "Dog Pond", "age": null}""")), 200, """
                {"name": "Dog Pond", "age": null, "id": %s}""".formatted(heroId));

        // Get updated hero
        assertJson(client.get("/heroes/" + heroId), 200, """
                {"name": "Dog Pond", "age": null, "id": %s}""".formatted(heroId));

        // Delete a hero
        assertJson(client.delete("/heroes/" + heroId), 200, """
                {"ok": true}""");

        // The hero is no longer found
        assertThat(client.get("/heroes/" + heroId).status()).isEqualTo(404);

        // Delete a hero that does not exist
        assertJson(client.delete("/heroes/" + heroId), 404, """
                {"detail": "Hero not found"}""");

        // Update a hero that does not exist
        assertJson(client.patch("/heroes/" + heroId, json("""
                {"name": "Dog Pond"}""")), 404, """
                {"detail": "Hero not found"}""");
    }

    @Test
    void anUpdateKeepsWhatItDoesNotSendAndRefusesANullName() {
        // Not in FastAPI's test: the secret name is kept by an update that does not send it, and a null name (which
        // the table cannot hold; SQLite's IntegrityError, a 500, in FastAPI's tutorial) is a 422.
        TestResponse created = client.post("/heroes/", json("""
                {"name": "Dead Pond", "age": 30, "secret_name": "Dive Wilson"}"""));
        Object heroId = ((Map<?, ?>) created.json()).get("id");
        assertJson(client.patch("/heroes/" + heroId, json("""
                {"age": 31}""")), 200, """
                {"name": "Dead Pond", "age": 31, "id": %s}""".formatted(heroId));
        assertJson(client.patch("/heroes/" + heroId, json("""
                {"name": null}""")), 422, """
                {"detail": "Hero name cannot be null"}""");
        assertJson(client.get("/heroes/" + heroId), 200, """
                {"name": "Dead Pond", "age": 31, "id": %s}""".formatted(heroId));
        assertJson(client.get("/heroes/?limit=101"), 422, """
                {"detail": [{"type": "less_than_equal", "loc": ["query", "limit"],
                             "msg": "Input should be less than or equal to 100", "input": "101", "ctx": {"le": 100}}]}""");
    }

    @Test
    void openapiSchema() {
        Map<String, Object> document = Spec.openapi(client);
        String validationError = """
                "422": {"description": "Validation Error",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/HTTPValidationError"}}}}""";
        String heroPublic = """
                "200": {"description": "Successful Response",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/HeroPublic"}}}}""";
        String heroIdParameter = """
                "parameters": [{"name": "hero_id", "in": "path", "required": true,
                                "schema": {"type": "integer", "title": "Hero Id"}}]""";
        assertThat(Spec.at(document, "paths"))
                .isEqualTo(json("""
                {"/heroes/": {
                    "post": {
                        "summary": "Create Hero",
                        "operationId": "createHero_heroes__post",
                        "requestBody": {"required": true, "content": {"application/json": {"schema": {
                            "$ref": "#/components/schemas/HeroCreate"}}}},
                        "responses": {%2$s, %1$s}},
                    "get": {
                        "summary": "Read Heroes",
                        "operationId": "readHeroes_heroes__get",
                        "parameters": [
                            {"name": "offset", "in": "query", "required": false,
                             "schema": {"type": "integer", "default": 0, "title": "Offset"}},
                            {"name": "limit", "in": "query", "required": false,
                             "schema": {"type": "integer", "maximum": 100, "default": 100, "title": "Limit"}}],
                        "responses": {
                            "200": {"description": "Successful Response", "content": {"application/json": {"schema": {
                                "type": "array", "items": {"$ref": "#/components/schemas/HeroPublic"},
                                "title": "Response Read Heroes Heroes  Get"}}}},
                            %1$s}}},
                 "/heroes/{hero_id}": {
                    "get": {
                        "summary": "Read Hero",
                        "operationId": "readHero_heroes__hero_id__get",
                        %3$s,
                        "responses": {%2$s, %1$s}},
                    "patch": {
                        "summary": "Update Hero",
                        "operationId": "updateHero_heroes__hero_id__patch",
                        %3$s,
                        "requestBody": {"required": true, "content": {"application/json": {"schema": {
                            "$ref": "#/components/schemas/HeroUpdate"}}}},
                        "responses": {%2$s, %1$s}},
                    "delete": {
                        "summary": "Delete Hero",
                        "operationId": "deleteHero_heroes__hero_id__delete",
                        %3$s,
                        "responses": {
                            "200": {"description": "Successful Response",
                                    "content": {"application/json": {"schema": {}}}},
                            %1$s}}}}""".formatted(validationError, heroPublic, heroIdParameter)));

        assertThat(Spec.component(document, "HeroCreate")).isEqualTo(json("""
                {"properties": {
                    "name": {"type": "string", "title": "Name"},
                    "age": {"anyOf": [{"type": "integer"}, {"type": "null"}], "title": "Age"},
                    "secret_name": {"type": "string", "title": "Secret Name"}},
                 "type": "object",
                 "required": ["name", "secret_name"],
                 "title": "HeroCreate"}"""));
        assertThat(Spec.component(document, "HeroPublic")).isEqualTo(json("""
                {"properties": {
                    "name": {"type": "string", "title": "Name"},
                    "age": {"anyOf": [{"type": "integer"}, {"type": "null"}], "title": "Age"},
                    "id": {"type": "integer", "title": "Id"}},
                 "type": "object",
                 "required": ["name", "id"],
                 "title": "HeroPublic"}"""));
        assertThat(Spec.component(document, "HeroUpdate")).isEqualTo(json("""
                {"properties": {
                    "name": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Name"},
                    "age": {"anyOf": [{"type": "integer"}, {"type": "null"}], "title": "Age"},
                    "secret_name": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Secret Name"}},
                 "type": "object",
                 "title": "HeroUpdate"}"""));
        assertThat(Spec.keys(document, "components", "schemas"))
                .containsExactlyInAnyOrder(
                        "HTTPValidationError", "HeroCreate", "HeroPublic", "HeroUpdate", "ValidationError");
    }

    private static List<Map<String, Object>> withoutIds(List<?> heroes) {
        return heroes.stream()
                .map(hero -> {
                    Map<String, Object> copy = new java.util.LinkedHashMap<>();
                    ((Map<?, ?>) hero).forEach((key, value) -> copy.put(String.valueOf(key), value));
                    copy.remove("id");
                    return copy;
                })
                .toList();
    }
}
