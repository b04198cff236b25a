package io.griddle.examples.tutorial.path_operation_advanced_configuration;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_path_operation_advanced_configurations/test_tutorial002, as the specification. */
class Tutorial002Test {

    @Test
    void get() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            Spec.assertJson(client.get("/items/"), 200, """
                    [{"item_id": "Foo"}]""");
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            Spec.assertJson(client.get("/openapi.json"), 200, """
                    {"openapi": "3.1.0", "info": {"title": "Griddle", "version": "0.1.0"},
                     "paths": {"/items/": {"get": {
                       "responses": {"200": {"description": "Successful Response",
                                             "content": {"application/json": {"schema": {}}}}},
                       "summary": "Read Items", "operationId": "readItems"}}}}""");
        }
    }
}
