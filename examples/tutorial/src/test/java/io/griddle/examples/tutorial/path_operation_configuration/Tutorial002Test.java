package io.griddle.examples.tutorial.path_operation_configuration;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_path_operation_configurations/test_tutorial002, as the specification. */
class Tutorial002Test {

    @Test
    void postItems() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            Items.postItems(client, 200);
        }
    }

    @Test
    void getItems() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            Spec.assertJson(client.get("/items/"), 200, """
                    [{"name": "Foo", "price": 42}]""");
        }
    }

    @Test
    void getUsers() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            Spec.assertJson(client.get("/users/"), 200, """
                    [{"username": "johndoe"}]""");
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            String paths = """
                    "/items/": {
                      "get": {"tags": ["items"], "summary": "Read Items", "operationId": "readItems_items__get",
                              "responses": {"200": {"description": "Successful Response",
                                                    "content": {"application/json": {"schema": {}}}}}},
                      %s},
                    "/users/": {
                      "get": {"tags": ["users"], "summary": "Read Users", "operationId": "readUsers_users__get",
                              "responses": {"200": {"description": "Successful Response",
                                                    "content": {"application/json": {"schema": {}}}}}}}""".formatted(Items.createItem(
                    "\"tags\": [\"items\"], \"summary\": \"Create Item\",", "200", "Successful Response"));
            assertThat(Spec.openapi(client)).isEqualTo(ExpectedJson.openapi(paths, Items.ITEM_SCHEMA));
        }
    }
}
