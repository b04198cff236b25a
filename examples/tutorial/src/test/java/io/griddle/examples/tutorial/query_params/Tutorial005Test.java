package io.griddle.examples.tutorial.query_params;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_query_params/test_tutorial005, as the specification. */
class Tutorial005Test {

    private final TestClient client = TestClient.of(Tutorial005.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void needyIsEchoed() {
        assertJson(client.get("/items/foo?needy=very"), 200, """
                {"item_id": "foo", "needy": "very"}""");
    }

    @Test
    void needyIsRequired() {
        assertJson(client.get("/items/foo"), 422, """
                {"detail": [{"type": "missing", "loc": ["query", "needy"], "msg": "Field required", "input": null}]}""");
    }

    @Test
    void openApiMarksItRequired() {
        var operation = Spec.operation(Spec.openapi(client), "/items/{item_id}", "get");
        assertThat(Spec.parameter(operation, "needy")).isEqualTo(json("""
                {"name": "needy", "in": "query", "required": true, "schema": {"type": "string", "title": "Needy"}}"""));
    }
}
