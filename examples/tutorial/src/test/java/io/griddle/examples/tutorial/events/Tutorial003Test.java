package io.griddle.examples.tutorial.events;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_events/test_tutorial003, as the specification. */
class Tutorial003Test {

    @Test
    void theLifespanLoadsAndReleasesTheModel() {
        assertThat(Tutorial003.ML_MODELS).as("ml_models should be empty").isEmpty();
        try (TestClient client = TestClient.of(Tutorial003.app())) {
            assertThat(Tutorial003.ML_MODELS.get("answer_to_everything"))
                    .isSameAs(Tutorial003.FAKE_ANSWER_TO_EVERYTHING_ML_MODEL);
            assertJson(client.request("GET", "/predict").query("x", "2").send(), 200, """
                    {"result": 84.0}""");
        }
        assertThat(Tutorial003.ML_MODELS).as("ml_models should be empty").isEmpty();
    }

    @Test
    void openApiSchema() {
        try (TestClient client = TestClient.of(Tutorial003.app())) {
            Map<String, Object> document = Spec.openapi(client);
            assertThat(((Map<?, ?>) Spec.at(document, "paths"))
                            .keySet().stream().map(String::valueOf).toList())
                    .containsExactly("/predict");
            Map<String, Object> operation = Spec.operation(document, "/predict", "get");
            assertThat(operation.get("summary")).isEqualTo("Predict");
            assertThat(operation.get("operationId")).isEqualTo("predict_predict_get");
            assertThat(operation.get("parameters")).isEqualTo(json("""
                    [{"required": true, "schema": {"title": "X", "type": "number"}, "name": "x", "in": "query"}]"""));
            assertThat(Spec.at(operation, "responses", "422", "content", "application/json", "schema"))
                    .isEqualTo(json("""
                            {"$ref": "#/components/schemas/HTTPValidationError"}"""));
        }
    }
}
