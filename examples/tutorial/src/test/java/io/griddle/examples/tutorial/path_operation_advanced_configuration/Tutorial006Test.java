package io.griddle.examples.tutorial.path_operation_advanced_configuration;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_path_operation_advanced_configurations/test_tutorial006, as the specification. */
class Tutorial006Test {

    @Test
    void post() {
        try (TestClient client = TestClient.of(Tutorial006.app())) {
            Spec.assertJson(
                    client.request("POST", "/items/")
                            .body("this is actually not validated".getBytes(StandardCharsets.UTF_8), "text/plain")
                            .send(),
                    200,
                    """
                    {"size": 30,
                     "content": {"name": "Maaaagic", "price": 42,
                                 "description": "Just kiddin', no magic here. ✨"}}""");
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial006.app())) {
            Spec.assertJson(client.get("/openapi.json"), 200, """
                    {"openapi": "3.1.0", "info": {"title": "Griddle", "version": "0.1.0"},
                     "paths": {"/items/": {"post": {
                       "summary": "Create Item", "operationId": "createItem_items__post",
                       "requestBody": {
                         "content": {"application/json": {"schema": {
                           "required": ["name", "price"], "type": "object",
                           "properties": {"name": {"type": "string"}, "price": {"type": "number"},
                                          "description": {"type": "string"}}}}},
                         "required": true},
                       "responses": {"200": {"description": "Successful Response",
                                             "content": {"application/json": {"schema": {}}}}}}}}}""");
        }
    }
}
