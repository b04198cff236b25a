package io.griddle.examples.tutorial.first_steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_first_steps/test_tutorial001_tutorial002_tutorial003 (tutorial003). */
class Tutorial003Test {

    private final TestClient client = TestClient.of(Tutorial003.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void getRoot() {
        var response = client.get("/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("message", "Hello World"));
    }

    @Test
    void unknownPathIs404() {
        var response = client.get("/nonexistent");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Not Found"));
    }

    @Test
    void openApiHasTheOneOperation() {
        var operation = Spec.operation(Spec.openapi(client), "/", "get");
        assertThat(operation.get("summary")).isEqualTo("Root");
        assertThat(operation.get("operationId")).isEqualTo("root__get");
    }
}
