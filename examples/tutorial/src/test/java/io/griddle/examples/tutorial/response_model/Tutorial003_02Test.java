package io.griddle.examples.tutorial.response_model;

import static io.griddle.examples.tutorial.support.Json.at;
import static io.griddle.examples.tutorial.support.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.examples.tutorial.support.Json;
import io.griddle.test.TestClient;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * FastAPI's tests/test_tutorial/test_response_model/test_tutorial003_02 and test_tutorial003_05: the same requests
 * and document, whether the handler declares {@code Response} (003_02) or {@code Object}, no model (003_05).
 */
class Tutorial003_02Test {

    static List<Supplier<App>> apps() {
        return List.of(Tutorial003_02::app, Tutorial003_05::app);
    }

    @ParameterizedTest
    @MethodSource("apps")
    void getPortal(Supplier<App> app) {
        try (TestClient client = TestClient.of(app.get())) {
            var response = client.get("/portal");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("content-type")).isEqualTo("application/json");
            assertThat(Json.of(response)).isEqualTo(tree("{\"message\":\"Here's your interdimensional portal.\"}"));
        }
    }

    @ParameterizedTest
    @MethodSource("apps")
    void getRedirect(Supplier<App> app) {
        try (TestClient client =
                TestClient.builder(app.get()).followRedirects(false).build()) {
            var response = client.get("/portal?teleport=true");
            assertThat(response.status()).isEqualTo(307);
            assertThat(response.header("location")).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        }
    }

    @ParameterizedTest
    @MethodSource("apps")
    void teleportMustBeABoolean(Supplier<App> app) {
        try (TestClient client = TestClient.of(app.get())) {
            var response = client.get("/portal?teleport=maybe");
            assertThat(response.status()).isEqualTo(422);
            assertThat(Json.of(response)).isEqualTo(tree("""
                    {"detail":[{"type":"bool_parsing","loc":["query","teleport"],
                      "msg":"Input should be a valid boolean, unable to interpret input","input":"maybe"}]}"""));
        }
    }

    @ParameterizedTest
    @MethodSource("apps")
    void openapiSchema(Supplier<App> app) {
        try (TestClient client = TestClient.of(app.get())) {
            JsonNode get = at(Json.of(client.get("/openapi.json")), "paths", "/portal", "get");
            assertThat(at(get, "summary").asString()).isEqualTo("Get Portal");
            assertThat(get.get("parameters")).isEqualTo(tree("""
                    [{"name":"teleport","in":"query","required":false,
                      "schema":{"title":"Teleport","type":"boolean","default":false}}]"""));
            assertThat(at(get, "responses", "200")).isEqualTo(tree("""
                    {"description":"Successful Response","content":{"application/json":{"schema":{}}}}"""));
            assertThat(at(get, "responses", "422", "content", "application/json", "schema"))
                    .isEqualTo(tree("{\"$ref\":\"#/components/schemas/HTTPValidationError\"}"));
        }
    }
}
