package io.griddle.examples.tutorial.path_operation_advanced_configuration;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_path_operation_advanced_configurations/test_tutorial003, as the specification. */
class Tutorial003Test {

    @Test
    void get() {
        try (TestClient client = TestClient.of(Tutorial003.app())) {
            Spec.assertJson(client.get("/items/"), 200, """
                    [{"item_id": "Foo"}]""");
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial003.app())) {
            Spec.assertJson(client.get("/openapi.json"), 200, """
                    {"openapi": "3.1.0", "info": {"title": "Griddle", "version": "0.1.0"}, "paths": {}}""");
        }
    }
}
