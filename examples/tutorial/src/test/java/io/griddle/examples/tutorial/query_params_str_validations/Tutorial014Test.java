package io.griddle.examples.tutorial.query_params_str_validations;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_query_params_str_validations/test_tutorial014, as the specification. */
class Tutorial014Test {

    private final TestClient client = TestClient.of(Tutorial014.app());

    @AfterEach
    void close() {
        client.close();
    }

    // As FastAPI's test: asks for /items (no slash) and follows the 307 slash redirect to /items/, query kept.
    @Test
    void theHiddenParameterIsRead() {
        assertJson(client.get("/items?hidden_query=somevalue"), 200, """
                {"hidden_query": "somevalue"}""");
        assertJson(client.get("/items"), 200, """
                {"hidden_query": "Not found"}""");
    }

    @Test
    void openApiLeavesItOut() {
        var operation = Spec.operation(Spec.openapi(client), "/items/", "get");
        assertThat(operation).doesNotContainKey("parameters");
        assertThat(Spec.keys(operation, "responses")).containsExactly("200", "422");
    }
}
