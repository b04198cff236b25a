package io.griddle.examples.tutorial.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_metadata/test_tutorial001, as the specification. */
class Tutorial001Test {

    static final String INFO_BEFORE_LICENSE = """
            "title": "ChimichangApp",
            "summary": "Deadpool's favorite app. Nuff said.",
            "description": "\\nChimichangApp API helps you do awesome stuff. 🚀\\n\\n## Items\\n\\nYou can **read items**.\\n\\n## Users\\n\\nYou will be able to:\\n\\n* **Create users** (_not implemented_).\\n* **Read users** (_not implemented_).\\n",
            "termsOfService": "http://example.com/terms/",
            "contact": {"name": "Deadpoolio the Amazing", "url": "http://x-force.example.com/contact/",
                        "email": "dp@x-force.example.com"},""";

    static final String PATHS = """
            "paths": {"/items/": {"get": {
                "summary": "Read Items", "operationId": "readItems_items__get",
                "responses": {"200": {"description": "Successful Response",
                                      "content": {"application/json": {"schema": {}}}}}}}}""";

    @Test
    void items() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Spec.assertJson(client.get("/items/"), 200, """
                    [{"name": "Katana"}]""");
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Spec.assertJson(client.get("/openapi.json"), 200, """
                    {"openapi": "3.1.0",
                     "info": {%s
                              "license": {"name": "Apache 2.0",
                                          "url": "https://www.apache.org/licenses/LICENSE-2.0.html"},
                              "version": "0.0.1"},
                     %s}""".formatted(INFO_BEFORE_LICENSE, PATHS));
        }
    }

    @Test
    void infoKeysInFastApisOrder() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            assertThat(Spec.keys(Spec.openapi(client), "info"))
                    .containsExactly(
                            "title", "summary", "description", "termsOfService", "contact", "license", "version");
        }
    }

    @Test
    void docsPagesCarryTheTitle() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            assertThat(client.get("/docs").text()).contains("<title>ChimichangApp - Swagger UI</title>");
            assertThat(client.get("/redoc").text()).contains("<title>ChimichangApp - ReDoc</title>");
        }
    }
}
