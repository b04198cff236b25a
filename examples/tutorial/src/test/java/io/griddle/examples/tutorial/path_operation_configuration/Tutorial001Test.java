package io.griddle.examples.tutorial.path_operation_configuration;

import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_path_operation_configurations/test_tutorial001, as the specification. */
class Tutorial001Test {

    @Test
    void postItems() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Items.postItems(client, 201);
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Items.assertDocument(
                    client, Items.createItem("\"summary\": \"Create Item\",", "201", "Successful Response"));
        }
    }
}
