package io.griddle.examples.tutorial.conditional_openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_conditional_openapi/test_tutorial001, as the specification; the environment is
 * passed to {@code app(environment)} where FastAPI's test sets the process's variable.
 */
class Tutorial001Test {

    @Test
    void disableOpenapi() {
        try (TestClient client = TestClient.of(Tutorial001.app(Map.of("OPENAPI_URL", "")))) {
            assertThat(client.get("/openapi.json").status()).isEqualTo(404);
            assertThat(client.get("/docs").status()).isEqualTo(404);
            assertThat(client.get("/redoc").status()).isEqualTo(404);
        }
    }

    @Test
    void root() {
        try (TestClient client = TestClient.of(Tutorial001.app(Map.of()))) {
            Spec.assertJson(client.get("/"), 200, """
                    {"message": "Hello World"}""");
        }
    }

    @Test
    void defaultOpenapi() {
        try (TestClient client = TestClient.of(Tutorial001.app(Map.of()))) {
            assertThat(client.get("/docs").status()).isEqualTo(200);
            assertThat(client.get("/redoc").status()).isEqualTo(200);
            Spec.assertJson(client.get("/openapi.json"), 200, """
                    {"openapi": "3.1.0", "info": {"title": "Griddle", "version": "0.1.0"},
                     "paths": {"/": {"get": {
                       "summary": "Root", "operationId": "root__get",
                       "responses": {"200": {"description": "Successful Response",
                                             "content": {"application/json": {"schema": {}}}}}}}}}""");
        }
    }

    @Test
    void anotherUrlMovesTheDocument() {
        try (TestClient client = TestClient.of(Tutorial001.app(Map.of("OPENAPI_URL", "/api/openapi.json")))) {
            assertThat(client.get("/openapi.json").status()).isEqualTo(404);
            assertThat(client.get("/api/openapi.json").status()).isEqualTo(200);
        }
    }
}
