package io.griddle.examples.tutorial.path_operation_configuration;

import io.griddle.App;
import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_path_operation_configurations/test_tutorial005, as the specification. */
class Tutorial005Test extends DescriptionSpec {

    @Override
    App app() {
        return Tutorial005.app();
    }

    @Override
    String description() {
        return MARKDOWN;
    }

    @Override
    String responseDescription() {
        return "The created item";
    }

    @Test
    void defaultsAreFilledIn() {
        try (TestClient client = TestClient.of(app())) {
            Spec.assertJson(client.post("/items/", java.util.Map.of("name", "Foo", "price", 42)), 200, """
                    {"name": "Foo", "price": 42.0, "description": null, "tax": null, "tags": []}""");
        }
    }
}
