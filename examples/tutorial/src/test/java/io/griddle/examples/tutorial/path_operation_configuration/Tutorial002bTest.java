package io.griddle.examples.tutorial.path_operation_configuration;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_path_operation_configurations/test_tutorial002b, as the specification. */
class Tutorial002bTest {

    @Test
    void getItems() {
        try (TestClient client = TestClient.of(Tutorial002b.app())) {
            Spec.assertJson(client.get("/items/"), 200, """
                    ["Portal gun", "Plumbus"]""");
        }
    }

    @Test
    void getUsers() {
        try (TestClient client = TestClient.of(Tutorial002b.app())) {
            Spec.assertJson(client.get("/users/"), 200, """
                    ["Rick", "Morty"]""");
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial002b.app())) {
            Spec.assertJson(client.get("/openapi.json"), 200, """
                    {"openapi": "3.1.0", "info": {"title": "Griddle", "version": "0.1.0"},
                     "paths": {
                       "/items/": {"get": {
                         "tags": ["items"], "summary": "Get Items", "operationId": "getItems_items__get",
                         "responses": {"200": {"description": "Successful Response",
                                               "content": {"application/json": {"schema": {}}}}}}},
                       "/users/": {"get": {
                         "tags": ["users"], "summary": "Read Users", "operationId": "readUsers_users__get",
                         "responses": {"200": {"description": "Successful Response",
                                               "content": {"application/json": {"schema": {}}}}}}}}}""");
        }
    }
}
