package io.griddle.examples.tutorial.extending_openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_extending_openapi/test_tutorial001, as the specification. */
class Tutorial001Test {

    @Test
    void items() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Spec.assertJson(client.get("/items/"), 200, """
                    [{"name": "Foo"}]""");
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Spec.assertJson(client.get("/openapi.json"), 200, """
                    {"openapi": "3.1.0",
                     "info": {"title": "Custom title",
                              "summary": "This is a very custom OpenAPI schema",
                              "description": "Here's a longer description of the custom **OpenAPI** schema",
                              "version": "2.5.0",
                              "x-logo": {"url": "https://fastapi.tiangolo.com/img/logo-margin/logo-teal.png"}},
                     "paths": {"/items/": {"get": {
                       "responses": {"200": {"description": "Successful Response",
                                             "content": {"application/json": {"schema": {}}}}},
                       "summary": "Read Items", "operationId": "readItems_items__get"}}}}""");
            Map<String, Object> openapiSchema = Spec.openapi(client);
            // Again: the kept document
            assertThat(Spec.openapi(client)).isEqualTo(openapiSchema);
        }
    }

    @Test
    void theAppKeepsTheCustomDocument() {
        App app = Tutorial001.app();
        assertThat(app.openapi()).isSameAs(app.openapi());
        assertThat(Spec.at(app.openapi(), "info", "title")).isEqualTo("Custom title");
    }
}
