package io.griddle.examples.tutorial.extra_models;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_extra_models/test_tutorial005, as the specification. */
class Tutorial005Test {

    private final TestClient client = TestClient.of(Tutorial005.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void getItems() {
        assertJson(client.get("/keyword-weights/"), 200, """
                {"foo": 2.3, "bar": 3.4}""");
    }

    @Test
    void openApiSchema() {
        var operation = Spec.operation(Spec.openapi(client), "/keyword-weights/", "get");
        assertThat(Spec.at(operation, "responses", "200", "content", "application/json", "schema"))
                .isEqualTo(json("""
                {"title": "Response Read Keyword Weights Keyword Weights  Get", "type": "object",
                 "additionalProperties": {"type": "number"}}"""));
    }
}
