package io.griddle.examples.tutorial.debugging;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.server.GriddleServer;
import io.griddle.test.TestClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_debugging/test_tutorial001, as the specification. */
class Tutorial001Test {

    @Test
    void getRoot() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            assertJson(client.get("/"), 200, """
                    {"hello world": "ba"}""");
        }
    }

    @Test
    void mainServesOnAllInterfacesAtPort8000() {
        // FastAPI's test mocks uvicorn.run and checks host="0.0.0.0", port=8000; main passes this configuration.
        assertThat(Tutorial001.config().host()).isEqualTo("0.0.0.0");
        assertThat(Tutorial001.config().port()).isEqualTo(8000);
    }

    @Test
    void theConfigurationServesOverASocket() throws Exception {
        // The same configuration on loopback and a free port, as the tests' rule is: a real server, a real request.
        var config = Tutorial001.config().toBuilder().host("127.0.0.1").port(0).build();
        try (GriddleServer server = GriddleServer.start(Tutorial001.app(), config)) {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(Spec.json(response.body())).isEqualTo(json("""
                    {"hello world": "ba"}"""));
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            assertThat(Spec.at(Spec.openapi(client), "paths")).isEqualTo(json("""
                    {"/": {"get": {
                        "summary": "Root",
                        "operationId": "root__get",
                        "responses": {"200": {"description": "Successful Response",
                                              "content": {"application/json": {"schema": {}}}}}}}}"""));
        }
    }
}
