package io.griddle.examples.tutorial.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_metadata/test_tutorial002, as the specification. */
class Tutorial002Test {

    @Test
    void items() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            Spec.assertJson(client.get("/items/"), 200, """
                    [{"name": "Foo"}]""");
        }
    }

    @Test
    void openapiJsonDefaultUrlIs404() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            assertThat(client.get("/openapi.json").status()).isEqualTo(404);
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            Spec.assertJson(client.get("/api/v1/openapi.json"), 200, """
                    {"openapi": "3.1.0",
                     "info": {"title": "Griddle", "version": "0.1.0"},
                     "paths": {"/items/": {"get": {
                         "summary": "Read Items", "operationId": "readItems_items__get",
                         "responses": {"200": {"description": "Successful Response",
                                               "content": {"application/json": {"schema": {}}}}}}}}}""");
        }
    }

    @Test
    void docsPagesLoadTheDocumentFromItsUrl() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            assertThat(client.get("/docs").text()).contains("url: '/api/v1/openapi.json'");
            assertThat(client.get("/redoc").text()).contains("spec-url=\"/api/v1/openapi.json\"");
        }
    }
}
