package io.griddle.examples.tutorial.bigger_applications;

import static io.griddle.examples.tutorial.support.Json.at;
import static io.griddle.examples.tutorial.support.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.support.Json;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * FastAPI's tests/test_tutorial/test_bigger_applications/test_main (app_an_py310). As there, requests for {@code /users}
 * and {@code /items} follow the 307 to the declared {@code /users/} and {@code /items/}.
 */
class Tutorial001Test {

    private static final String TOKEN = "fake-super-secret-token";
    private static final String MISSING_TOKEN = """
            {"detail":[{"type":"missing","loc":["query","token"],"msg":"Field required","input":null}]}""";
    private static final String MISSING_HEADER = """
            {"detail":[{"type":"missing","loc":["header","x-token"],"msg":"Field required","input":null}]}""";

    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.of(Tutorial001.app());
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static void expect(TestResponse response, int status, String json) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(Json.of(response)).isEqualTo(tree(json));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/users?token=jessica   | 200 | [{\"username\":\"Rick\"},{\"username\":\"Morty\"}]",
                "/users                  | 422 | MISSING_TOKEN",
                "/users/foo?token=jessica| 200 | {\"username\":\"foo\"}",
                "/users/foo              | 422 | MISSING_TOKEN",
                "/users/me?token=jessica | 200 | {\"username\":\"fakecurrentuser\"}",
                "/users/me               | 422 | MISSING_TOKEN",
                "/users?token=monica    | 400 | {\"detail\":\"No Jessica token provided\"}",
                "/?token=jessica         | 200 | {\"message\":\"Hello Bigger Applications!\"}",
                "/                       | 422 | MISSING_TOKEN"
            })
    void usersAndRoot(String url, int status, String json) {
        expect(client.get(url.strip()), status, json.equals("MISSING_TOKEN") ? MISSING_TOKEN : json);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/items?token=jessica        | fake-super-secret-token | 200 | {\"plumbus\":{\"name\":\"Plumbus\"},\"gun\":{\"name\":\"Portal Gun\"}}",
                "/items                       | fake-super-secret-token | 422 | MISSING_TOKEN",
                "/items/plumbus?token=jessica | fake-super-secret-token | 200 | {\"name\":\"Plumbus\",\"item_id\":\"plumbus\"}",
                "/items/bar?token=jessica     | fake-super-secret-token | 404 | {\"detail\":\"Item not found\"}",
                "/items/plumbus               | fake-super-secret-token | 422 | MISSING_TOKEN",
                "/items?token=jessica        | invalid                 | 400 | {\"detail\":\"X-Token header invalid\"}",
                "/items/bar?token=jessica     | invalid                 | 400 | {\"detail\":\"X-Token header invalid\"}"
            })
    void items(String url, String xToken, int status, String json) {
        expect(
                client.request("GET", url.strip()).header("X-Token", xToken).send(),
                status,
                json.equals("MISSING_TOKEN") ? MISSING_TOKEN : json);
    }

    @Test
    void itemsWithoutTheHeader() {
        expect(client.get("/items?token=jessica"), 422, MISSING_HEADER);
        expect(client.get("/items/plumbus?token=jessica"), 422, MISSING_HEADER);
    }

    @Test
    void putReportsBothMissingValues() {
        expect(client.request("PUT", "/items/foo").send(), 422, """
                {"detail":[{"type":"missing","loc":["query","token"],"msg":"Field required","input":null},
                           {"type":"missing","loc":["header","x-token"],"msg":"Field required","input":null}]}""");
    }

    @Test
    void put() {
        expect(
                client.request("PUT", "/items/foo").header("X-Token", "invalid").send(),
                400,
                "{\"detail\":\"X-Token header invalid\"}");
        expect(
                client.request("PUT", "/items/plumbus?token=jessica")
                        .header("X-Token", TOKEN)
                        .send(),
                200,
                "{\"item_id\":\"plumbus\",\"name\":\"The great Plumbus\"}");
        expect(
                client.request("PUT", "/items/bar?token=jessica")
                        .header("X-Token", TOKEN)
                        .send(),
                403,
                "{\"detail\":\"You can only update the item: plumbus\"}");
    }

    @Test
    void admin() {
        expect(
                client.request("POST", "/admin/?token=jessica")
                        .header("X-Token", TOKEN)
                        .send(),
                200,
                "{\"message\":\"Admin getting schwifty\"}");
        expect(
                client.request("POST", "/admin/").header("X-Token", "invalid").send(),
                400,
                "{\"detail\":\"X-Token header invalid\"}");
    }

    @Test
    void openapiSchema() {
        JsonNode paths = at(Json.of(client.get("/openapi.json")), "paths");
        assertThat(paths.propertyNames())
                .containsExactly(
                        "/users/", "/users/me", "/users/{username}", "/items/", "/items/{item_id}", "/admin/", "/");
        String token =
                "{\"required\":true,\"schema\":{\"title\":\"Token\",\"type\":\"string\"},\"name\":\"token\",\"in\":\"query\"}";
        String xToken =
                "{\"required\":true,\"schema\":{\"title\":\"X-Token\",\"type\":\"string\"},\"name\":\"x-token\",\"in\":\"header\"}";
        String itemId =
                "{\"required\":true,\"schema\":{\"title\":\"Item Id\",\"type\":\"string\"},\"name\":\"item_id\",\"in\":\"path\"}";

        JsonNode users = at(paths, "/users/{username}", "get");
        assertThat(at(users, "tags")).isEqualTo(tree("[\"users\"]"));
        assertThat(at(users, "summary").asString()).isEqualTo("Read User");
        assertThat(at(users, "parameters")).isEqualTo(tree("""
                [{"required":true,"schema":{"title":"Username","type":"string"},"name":"username","in":"path"},""" + token + "]"));
        assertThat(at(users, "responses", "200")).isEqualTo(tree("""
                {"description":"Successful Response","content":{"application/json":{"schema":{}}}}"""));

        JsonNode items = at(paths, "/items/", "get");
        assertThat(at(items, "tags")).isEqualTo(tree("[\"items\"]"));
        assertThat(at(items, "parameters")).isEqualTo(tree("[" + token + "," + xToken + "]"));
        assertThat(at(items, "responses").propertyNames()).containsExactly("200", "404", "422");
        assertThat(at(items, "responses", "404")).isEqualTo(tree("{\"description\":\"Not found\"}"));

        JsonNode update = at(paths, "/items/{item_id}", "put");
        assertThat(at(update, "tags")).isEqualTo(tree("[\"items\",\"custom\"]"));
        assertThat(at(update, "parameters")).isEqualTo(tree("[" + itemId + "," + token + "," + xToken + "]"));
        assertThat(at(update, "responses").propertyNames()).containsExactly("200", "404", "403", "422");
        assertThat(at(update, "responses", "403")).isEqualTo(tree("{\"description\":\"Operation forbidden\"}"));

        JsonNode admin = at(paths, "/admin/", "post");
        assertThat(at(admin, "tags")).isEqualTo(tree("[\"admin\"]"));
        assertThat(at(admin, "parameters")).isEqualTo(tree("[" + token + "," + xToken + "]"));
        assertThat(at(admin, "responses").propertyNames()).containsExactly("200", "418", "422");
        assertThat(at(admin, "responses", "418")).isEqualTo(tree("{\"description\":\"I'm a teapot\"}"));

        JsonNode root = at(paths, "/", "get");
        assertThat(root.has("tags")).isFalse();
        assertThat(at(root, "parameters")).isEqualTo(tree("[" + token + "]"));
    }

    /**
     * Every operation as in FastAPI's current snapshot (test_main.py): summary, tags, parameters in order, and the
     * documented status codes in order; operationIds start with the Java method name, as in every port.
     */
    @Test
    void everyOperationAsInFastApisSnapshot() {
        String token = """
                {"required":true,"schema":{"title":"Token","type":"string"},"name":"token","in":"query"}""";
        String xToken = """
                {"required":true,"schema":{"title":"X-Token","type":"string"},"name":"x-token","in":"header"}""";
        String itemId = """
                {"required":true,"schema":{"title":"Item Id","type":"string"},"name":"item_id","in":"path"}""";
        String username = """
                {"required":true,"schema":{"title":"Username","type":"string"},"name":"username","in":"path"}""";
        String[][] expected = {
            // path, method, tags, summary, operationId, parameters, response codes
            {"/users/", "get", "[\"users\"]", "Read Users", "readUsers_users__get", "[" + token + "]", "200,422"},
            {"/users/me", "get", "[\"users\"]", "Read User Me", "readUserMe_users_me_get", "[" + token + "]", "200,422"
            },
            {
                "/users/{username}",
                "get",
                "[\"users\"]",
                "Read User",
                "readUser_users__username__get",
                "[" + username + "," + token + "]",
                "200,422"
            },
            {
                "/items/",
                "get",
                "[\"items\"]",
                "Read Items",
                "readItems_items__get",
                "[" + token + "," + xToken + "]",
                "200,404,422"
            },
            {
                "/items/{item_id}",
                "get",
                "[\"items\"]",
                "Read Item",
                "readItem_items__item_id__get",
                "[" + itemId + "," + token + "," + xToken + "]",
                "200,404,422"
            },
            {
                "/items/{item_id}",
                "put",
                "[\"items\",\"custom\"]",
                "Update Item",
                "updateItem_items__item_id__put",
                "[" + itemId + "," + token + "," + xToken + "]",
                "200,404,403,422"
            },
            {
                "/admin/",
                "post",
                "[\"admin\"]",
                "Update Admin",
                "updateAdmin_admin__post",
                "[" + token + "," + xToken + "]",
                "200,418,422"
            },
            {"/", "get", null, "Root", "root__get", "[" + token + "]", "200,422"}
        };
        JsonNode document = Json.of(client.get("/openapi.json"));
        for (String[] row : expected) {
            JsonNode operation = at(document, "paths", row[0], row[1]);
            String where = row[1] + " " + row[0];
            if (row[2] == null) {
                assertThat(operation.has("tags")).as(where).isFalse();
            } else {
                assertThat(at(operation, "tags")).as(where).isEqualTo(tree(row[2]));
            }
            assertThat(at(operation, "summary").asString()).as(where).isEqualTo(row[3]);
            assertThat(at(operation, "operationId").asString()).as(where).isEqualTo(row[4]);
            assertThat(at(operation, "parameters")).as(where).isEqualTo(tree(row[5]));
            assertThat(at(operation, "responses").propertyNames()).as(where).containsExactly(row[6].split(","));
            assertThat(at(operation, "responses", "200")).as(where).isEqualTo(tree("""
                    {"description":"Successful Response","content":{"application/json":{"schema":{}}}}"""));
        }
        assertThat(at(document, "components", "schemas").propertyNames())
                .containsExactlyInAnyOrder("HTTPValidationError", "ValidationError");
        assertThat(document.has("security")).isFalse();
    }
}
