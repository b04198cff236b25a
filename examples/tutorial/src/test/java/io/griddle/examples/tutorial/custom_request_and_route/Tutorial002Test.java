package io.griddle.examples.tutorial.custom_request_and_route;

import static io.griddle.examples.tutorial.Spec.assertJson;

import io.griddle.test.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_custom_request_and_route/test_tutorial002, as the specification. The body is
 * the compact JSON the test client writes (one of the two answers FastAPI's test accepts).
 */
class Tutorial002Test {

    private final TestClient client = TestClient.of(Tutorial002.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void endpointWorks() {
        assertJson(client.post("/", List.of(1, 2, 3)), 200, "6");
    }

    @Test
    void exceptionHandlerBodyAccess() {
        assertJson(client.post("/", Map.of("numbers", List.of(1, 2, 3))), 422, """
                {"detail": {
                    "errors": [{"type": "list_type", "loc": ["body"], "msg": "Input should be a valid list",
                                "input": {"numbers": [1, 2, 3]}}],
                    "body": "{\\"numbers\\":[1,2,3]}"}}""");
    }
}
