package io.griddle.examples.tutorial.settings;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.examples.tutorial.Spec;
import io.griddle.http.Json;
import io.griddle.settings.SettingsError;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_settings/test_app01, as the specification. */
class App01Test {

    private static final Map<String, String> ENV = Map.of("ADMIN_EMAIL", "admin@example.com");

    @Test
    void settingsValidationError() {
        assertThatThrownBy(() -> App01.app(Map.of())).isInstanceOfSatisfying(SettingsError.class, error -> {
            Object errors = Json.read(Json.write(error.errors()), Object.class);
            // Pydantic adds a "url" to its documentation; Griddle's errors have none (as its 422s).
            assertThat(errors).isEqualTo(json("""
                    [{"loc": ["admin_email"], "msg": "Field required", "type": "missing", "input": {}}]"""));
        });
    }

    @Test
    void app() {
        try (TestClient client = TestClient.of(App01.app(ENV))) {
            assertJson(client.get("/info"), 200, """
                    {"app_name": "Awesome API", "admin_email": "admin@example.com", "items_per_user": 50}""");
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(App01.app(ENV))) {
            Map<String, Object> document = Spec.openapi(client);
            assertThat(Spec.at(document, "paths")).isEqualTo(json("""
                    {"/info": {"get": {
                        "operationId": "info_info_get",
                        "responses": {"200": {"description": "Successful Response",
                                              "content": {"application/json": {"schema": {}}}}},
                        "summary": "Info"}}}"""));
        }
    }
}
