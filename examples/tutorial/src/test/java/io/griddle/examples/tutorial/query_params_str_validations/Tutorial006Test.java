package io.griddle.examples.tutorial.query_params_str_validations;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_query_params_str_validations/test_tutorial006, as the specification. */
class Tutorial006Test {

    private static final String ITEMS = "\"items\": [{\"item_id\": \"Foo\"}, {\"item_id\": \"Bar\"}]";

    private final TestClient client = TestClient.of(Tutorial006.app());

    @AfterEach
    void close() {
        client.close();
    }

    private Map<String, Object> parameter(String name) {
        return Spec.parameter(Spec.operation(Spec.openapi(client), "/items/", "get"), name);
    }

    @Test
    void qIsRequired() {
        assertJson(client.get("/items/"), 422, """
                {"detail": [{"type": "missing", "loc": ["query", "q"], "msg": "Field required", "input": null}]}""");
        assertJson(client.get("/items/?q=fixedquery"), 200, "{" + ITEMS + ", \"q\": \"fixedquery\"}");
    }

    @Test
    void tooShort() {
        assertJson(client.get("/items/?q=fa"), 422, """
                {"detail": [{"type": "string_too_short", "loc": ["query", "q"],
                             "msg": "String should have at least 3 characters", "input": "fa",
                             "ctx": {"min_length": 3}}]}""");
    }

    @Test
    void openApi() {
        assertThat(parameter("q")).isEqualTo(json("""
                {"name": "q", "in": "query", "required": true,
                 "schema": {"type": "string", "minLength": 3, "title": "Q"}}"""));
    }
}
