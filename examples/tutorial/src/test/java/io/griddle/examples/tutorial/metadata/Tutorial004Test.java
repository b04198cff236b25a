package io.griddle.examples.tutorial.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_metadata/test_tutorial004, as the specification. */
class Tutorial004Test {

    @Test
    void pathOperations() {
        try (TestClient client = TestClient.of(Tutorial004.app())) {
            assertThat(client.get("/items/").status()).isEqualTo(200);
            assertThat(client.get("/users/").status()).isEqualTo(200);
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial004.app())) {
            Spec.assertJson(client.get("/openapi.json"), 200, """
                    {"openapi": "3.1.0",
                     "info": {"title": "Griddle", "version": "0.1.0"},
                     "paths": {
                       "/users/": {"get": {
                         "tags": ["users"], "summary": "Get Users", "operationId": "getUsers_users__get",
                         "responses": {"200": {"description": "Successful Response",
                                               "content": {"application/json": {"schema": {}}}}}}},
                       "/items/": {"get": {
                         "tags": ["items"], "summary": "Get Items", "operationId": "getItems_items__get",
                         "responses": {"200": {"description": "Successful Response",
                                               "content": {"application/json": {"schema": {}}}}}}}},
                     "tags": [
                       {"name": "users", "description": "Operations with users. The **login** logic is also here."},
                       {"name": "items", "description": "Manage items. So _fancy_ they have their own docs.",
                        "externalDocs": {"description": "Items external docs",
                                         "url": "https://fastapi.tiangolo.com/"}}]}""");
        }
    }
}
