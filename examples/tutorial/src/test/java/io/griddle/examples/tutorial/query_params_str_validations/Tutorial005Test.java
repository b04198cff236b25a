package io.griddle.examples.tutorial.query_params_str_validations;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_query_params_str_validations/test_tutorial005, as the specification. */
class Tutorial005Test {

    private static final String ITEMS = "\"items\": [{\"item_id\": \"Foo\"}, {\"item_id\": \"Bar\"}]";

    private final TestClient client = TestClient.of(Tutorial005.app());

    @AfterEach
    void close() {
        client.close();
    }

    private Map<String, Object> parameter(String name) {
        return Spec.parameter(Spec.operation(Spec.openapi(client), "/items/", "get"), name);
    }

    @Test
    void theDefaultIsUsed() {
        assertJson(client.get("/items/"), 200, "{" + ITEMS + ", \"q\": \"fixedquery\"}");
        assertJson(client.get("/items/?q=query"), 200, "{" + ITEMS + ", \"q\": \"query\"}");
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
                {"name": "q", "in": "query", "required": false,
                 "schema": {"type": "string", "minLength": 3, "default": "fixedquery", "title": "Q"}}"""));
    }
}
