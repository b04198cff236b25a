package io.griddle.examples.tutorial.behind_a_proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.List;
import java.util.Map;

/** What every behind_a_proxy test checks: the message with the root path, and the document's servers. */
final class ProxyChecks {

    private ProxyChecks() {}

    static void main(TestClient client) {
        Spec.assertJson(client.get("/app"), 200, """
                {"message": "Hello World", "root_path": "/api/v1"}""");
    }

    static void openapi(TestClient client, List<Map<String, Object>> servers) {
        Map<String, Object> document = Spec.openapi(client);
        assertThat(document.get("openapi")).isEqualTo("3.1.0");
        assertThat(document.get("servers")).isEqualTo(servers);
        Map<String, Object> operation = Spec.operation(document, "/app", "get");
        assertThat(operation.get("summary")).isEqualTo("Read Main");
        assertThat(operation.get("operationId")).isEqualTo("readMain_app_get");
        assertThat(Spec.at(operation, "responses", "200", "description")).isEqualTo("Successful Response");
        // and the docs page, which FastAPI's tests do not load: it fetches the document under the root path
        assertThat(client.get("/docs").text()).contains("url: '/api/v1/openapi.json'");
    }

    static final List<Map<String, Object>> STAGING_AND_PRODUCTION = List.of(
            Map.of("url", "https://stag.example.com", "description", "Staging environment"),
            Map.of("url", "https://prod.example.com", "description", "Production environment"));
}
