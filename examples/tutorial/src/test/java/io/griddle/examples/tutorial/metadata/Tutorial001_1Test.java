package io.griddle.examples.tutorial.metadata;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_metadata/test_tutorial001_1, as the specification. */
class Tutorial001_1Test {

    @Test
    void items() {
        try (TestClient client = TestClient.of(Tutorial001_1.app())) {
            Spec.assertJson(client.get("/items/"), 200, """
                    [{"name": "Katana"}]""");
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial001_1.app())) {
            Spec.assertJson(client.get("/openapi.json"), 200, """
                    {"openapi": "3.1.0",
                     "info": {%s
                              "license": {"name": "Apache 2.0", "identifier": "Apache-2.0"},
                              "version": "0.0.1"},
                     %s}""".formatted(
                            Tutorial001Test.INFO_BEFORE_LICENSE, Tutorial001Test.PATHS));
        }
    }
}
