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
 * FastAPI's tests/test_tutorial/test_sql_databases/test_tutorial001, as the specification: the app over an
 * in-memory database of its own (FastAPI's test swaps the engine for an in-memory SQLite one).
 */
class Tutorial001Test {

    private final TestClient client =
            TestClient.of(Tutorial001.app("jdbc:h2:mem:heroes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void crudApp() {
        // No heroes before creating
        assertJson(client.get("/heroes/"), 200, "[]");

        // Create a hero
        TestResponse created = client.post("/heroes/", json("""
                {"id": 999, "name": "Dead Pond", "age": 30, "secret_name": "Dive Wilson"}"""));
        assertJson(created, 200, """
                {"age": 30, "secret_name": "Dive Wilson", "id": 999, "name": "Dead Pond"}""");

        // Read a hero
        Object heroId = ((Map<?, ?>) created.json()).get("id");
        assertJson(client.get("/heroes/" + heroId), 200, """
                {"name": "Dead Pond", "age": 30, "id": 999, "secret_name": "Dive Wilson"}""");

        // Read all heroes, after creating more
        assertThat(client.post("/heroes/", json("""
                        {"name": "Spider-Boy", "age": 18, "secret_name": "Pedro Parqueador"}""")).status()).isEqualTo(200);
        assertThat(client.post("/heroes/", json("""
                        {"name": "Rusty-Man", "secret_name": "Tommy Sharp"}""")).status()).isEqualTo(200);
        TestResponse all = client.get("/heroes/");
        assertThat(all.status()).isEqualTo(200);
        // FastAPI's snapshot has IsInt() for the ids: only their being integers is asserted.
        List<?> heroes = (List<?>) all.json();
        assertThat(heroes).hasSize(3);
        assertThat(heroes)
                .allSatisfy(hero -> assertThat(((Map<?, ?>) hero).get("id")).isInstanceOf(Integer.class));
        assertThat(withoutIds(heroes)).isEqualTo(json("""
                [{"name": "Dead Pond", "age": 30, "secret_name": "Dive Wilson"},
                 {"name": "Spider-Boy", "age": 18, "secret_name": "Pedro Parqueador"},
                 {"name": "Rusty-Man", "age": null, "secret_name": "Tommy Sharp"}]"""));

        TestResponse page = client.get("/heroes/?offset=1&limit=1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(withoutIds((List<?>) page.json())).isEqualTo(json("""
                [{"name": "Spider-Boy", "age": 18, "secret_name": "Pedro Parqueador"}]"""));

        // Delete a hero
        assertJson(client.delete("/heroes/" + heroId), 200, """
                {"ok": true}""");
        assertThat(client.get("/heroes/" + heroId).status()).isEqualTo(404);
        assertJson(client.delete("/heroes/" + heroId), 404, """
                {"detail": "Hero not found"}""");
    }

    @Test
    void limitAbove100IsRejectedAndATakenIdIsAConflict() {
        assertJson(client.get("/heroes/?limit=101"), 422, """
                {"detail": [{"type": "less_than_equal", "loc": ["query", "limit"],
                             "msg": "Input should be less than or equal to 100", "input": "101", "ctx": {"le": 100}}]}""");
        String hero = """
                {"id": 7, "name": "Dead Pond", "secret_name": "Dive Wilson"}""";
        assertThat(client.post("/heroes/", json(hero)).status()).isEqualTo(200);
        // SQLite's IntegrityError is a 500 in FastAPI's tutorial; the port answers a taken id with a 409.
        assertJson(client.post("/heroes/", json(hero)), 409, """
                {"detail": "Hero already exists"}""");
    }

    @Test
    void openapiSchema() {
        Map<String, Object> document = Spec.openapi(client);
        Map<String, Object> create = Spec.operation(document, "/heroes/", "post");
        assertThat(create.get("summary")).isEqualTo("Create Hero");
        assertThat(Spec.at(create, "requestBody")).isEqualTo(json("""
                {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Hero"}}}}"""));
        assertThat(Spec.at(create, "responses", "200", "content", "application/json", "schema"))
                .isEqualTo(json("""
                        {"$ref": "#/components/schemas/Hero"}"""));

        Map<String, Object> list = Spec.operation(document, "/heroes/", "get");
        assertThat(list.get("summary")).isEqualTo("Read Heroes");
        assertThat(list.get("parameters")).isEqualTo(json("""
                [{"name": "offset", "in": "query", "required": false,
                  "schema": {"type": "integer", "default": 0, "title": "Offset"}},
                 {"name": "limit", "in": "query", "required": false,
                  "schema": {"type": "integer", "maximum": 100, "default": 100, "title": "Limit"}}]"""));
        assertThat(Spec.at(list, "responses", "200", "content", "application/json", "schema"))
                .isEqualTo(json("""
                        {"type": "array", "items": {"$ref": "#/components/schemas/Hero"},
                         "title": "Response Read Heroes Heroes  Get"}"""));

        for (String method : new String[] {"get", "delete"}) {
            Map<String, Object> one = Spec.operation(document, "/heroes/{hero_id}", method);
            assertThat(one.get("parameters")).isEqualTo(json("""
                    [{"name": "hero_id", "in": "path", "required": true,
                      "schema": {"type": "integer", "title": "Hero Id"}}]"""));
        }
        assertThat(Spec.operation(document, "/heroes/{hero_id}", "get").get("summary"))
                .isEqualTo("Read Hero");
        assertThat(Spec.operation(document, "/heroes/{hero_id}", "delete").get("summary"))
                .isEqualTo("Delete Hero");

        assertThat(Spec.component(document, "Hero")).isEqualTo(json("""
                {"properties": {
                    "id": {"anyOf": [{"type": "integer"}, {"type": "null"}], "title": "Id"},
                    "name": {"type": "string", "title": "Name"},
                    "age": {"anyOf": [{"type": "integer"}, {"type": "null"}], "title": "Age"},
                    "secret_name": {"type": "string", "title": "Secret Name"}},
                 "type": "object",
                 "required": ["name", "secret_name"],
                 "title": "Hero"}"""));
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
