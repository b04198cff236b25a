package io.griddle.examples.tutorial.path_operation_advanced_configuration;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_path_operation_advanced_configurations/test_tutorial007, as the specification. */
class Tutorial007Test {

    private static TestResponse post(TestClient client, String yaml) {
        return client.request("POST", "/items/")
                .body(yaml.getBytes(StandardCharsets.UTF_8), "application/x-yaml")
                .send();
    }

    @Test
    void post() {
        try (TestClient client = TestClient.of(Tutorial007.app())) {
            Spec.assertJson(post(client, """
                            name: Deadpoolio
                            tags:
                            - x-force
                            - x-men
                            - x-avengers
                            """), 200, """
                    {"name": "Deadpoolio", "tags": ["x-force", "x-men", "x-avengers"]}""");
        }
    }

    @Test
    void postBrokenYaml() {
        try (TestClient client = TestClient.of(Tutorial007.app())) {
            Spec.assertJson(post(client, """
                            name: Deadpoolio
                            tags:
                            x - x-force
                            x - x-men
                            x - x-avengers
                            """), 422, """
                    {"detail": "Invalid YAML"}""");
        }
    }

    @Test
    void postInvalid() {
        try (TestClient client = TestClient.of(Tutorial007.app())) {
            Spec.assertJson(post(client, """
                            name: Deadpoolio
                            tags:
                            - x-force
                            - x-men
                            - x-avengers
                            - sneaky: object
                            """), 422, """
                    {"detail": [{"type": "string_type", "loc": ["tags", 3], "msg": "Input should be a valid string",
                                 "input": {"sneaky": "object"}}]}""");
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial007.app())) {
            Spec.assertJson(client.get("/openapi.json"), 200, """
                    {"openapi": "3.1.0", "info": {"title": "Griddle", "version": "0.1.0"},
                     "paths": {"/items/": {"post": {
                       "summary": "Create Item", "operationId": "createItem_items__post",
                       "requestBody": {
                         "content": {"application/x-yaml": {"schema": {
                           "title": "Item", "required": ["name", "tags"], "type": "object",
                           "properties": {"name": {"title": "Name", "type": "string"},
                                          "tags": {"title": "Tags", "type": "array", "items": {"type": "string"}}}}}},
                         "required": true},
                       "responses": {"200": {"description": "Successful Response",
                                             "content": {"application/json": {"schema": {}}}}}}}}}""");
        }
    }
}
