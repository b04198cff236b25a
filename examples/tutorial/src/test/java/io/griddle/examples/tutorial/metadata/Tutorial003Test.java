package io.griddle.examples.tutorial.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_metadata/test_tutorial003, as the specification. */
class Tutorial003Test {

    @Test
    void items() {
        try (TestClient client = TestClient.of(Tutorial003.app())) {
            Spec.assertJson(client.get("/items/"), 200, """
                    [{"name": "Foo"}]""");
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial003.app())) {
            Spec.assertJson(client.get("/openapi.json"), 200, """
                    {"openapi": "3.1.0",
                     "info": {"title": "Griddle", "version": "0.1.0"},
                     "paths": {"/items/": {"get": {
                         "summary": "Read Items", "operationId": "readItems_items__get",
                         "responses": {"200": {"description": "Successful Response",
                                               "content": {"application/json": {"schema": {}}}}}}}}}""");
        }
    }

    @Test
    void swaggerUiDefaultUrlIs404() {
        try (TestClient client = TestClient.of(Tutorial003.app())) {
            assertThat(client.get("/docs").status()).isEqualTo(404);
        }
    }

    @Test
    void swaggerUiCustomUrl() {
        try (TestClient client = TestClient.of(Tutorial003.app())) {
            TestResponse response = client.get("/documentation");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).contains("<title>Griddle - Swagger UI</title>");
        }
    }

    @Test
    void redocDefaultUrlIs404() {
        try (TestClient client = TestClient.of(Tutorial003.app())) {
            assertThat(client.get("/redoc").status()).isEqualTo(404);
        }
    }
}
