package io.griddle.examples.tutorial.sub_applications;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_sub_applications/test_tutorial001, as the specification. */
class Tutorial001Test {

    @Test
    void main() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Spec.assertJson(client.get("/app"), 200, """
                    {"message": "Hello World from main app"}""");
        }
    }

    @Test
    void sub() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Spec.assertJson(client.get("/subapi/sub"), 200, """
                    {"message": "Hello World from sub API"}""");
        }
    }

    @Test
    void openapiSchemaMain() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Map<String, Object> document = Spec.openapi(client);
            assertThat(((Map<?, ?>) document.get("paths"))
                            .keySet().stream().map(String::valueOf).toList())
                    .containsExactly("/app");
            Map<String, Object> operation = Spec.operation(document, "/app", "get");
            assertThat(operation.get("summary")).isEqualTo("Read Main");
            assertThat(operation.get("operationId")).isEqualTo("readMain_app_get");
            assertThat(document).doesNotContainKey("servers");
        }
    }

    @Test
    void openapiSchemaSub() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            TestResponse response = client.get("/subapi/openapi.json");
            assertThat(response.status()).isEqualTo(200);
            @SuppressWarnings("unchecked")
            Map<String, Object> document = (Map<String, Object>) response.json();
            assertThat(((Map<?, ?>) document.get("paths"))
                            .keySet().stream().map(String::valueOf).toList())
                    .containsExactly("/sub");
            Map<String, Object> operation = Spec.operation(document, "/sub", "get");
            assertThat(operation.get("summary")).isEqualTo("Read Sub");
            assertThat(operation.get("operationId")).isEqualTo("readSub_sub_get");
            assertThat(document.get("servers")).isEqualTo(List.of(Map.of("url", "/subapi")));
        }
    }

    @Test
    void theSubApplicationsDocsLoadItsOwnDocument() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            TestResponse docs = client.get("/subapi/docs");
            assertThat(docs.status()).isEqualTo(200);
            assertThat(docs.text()).contains("url: '/subapi/openapi.json'", "href=\"/subapi/docs/swagger-ui.css\"");
            assertThat(client.get("/subapi/docs/swagger-ui.css").status()).isEqualTo(200);
        }
    }
}
