package io.griddle.examples.tutorial.query_params_str_validations;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_query_params_str_validations/test_tutorial004, as the specification. */
class Tutorial004Test {

    private static final String ITEMS = "\"items\": [{\"item_id\": \"Foo\"}, {\"item_id\": \"Bar\"}]";

    private final TestClient client = TestClient.of(Tutorial004.app());

    @AfterEach
    void close() {
        client.close();
    }

    private Map<String, Object> parameter(String name) {
        return Spec.parameter(Spec.operation(Spec.openapi(client), "/items/", "get"), name);
    }

    @Test
    void withAndWithoutQ() {
        assertJson(client.get("/items/"), 200, "{" + ITEMS + "}");
        assertJson(client.get("/items/?q=fixedquery"), 200, "{" + ITEMS + ", \"q\": \"fixedquery\"}");
    }

    @Test
    void notMatchingThePattern() {
        assertJson(client.get("/items/?q=nonregexquery"), 422, """
                {"detail": [{"type": "string_pattern_mismatch", "loc": ["query", "q"],
                             "msg": "String should match pattern '^fixedquery$'", "input": "nonregexquery",
                             "ctx": {"pattern": "^fixedquery$"}}]}""");
    }

    @Test
    void openApi() {
        assertThat(parameter("q")).isEqualTo(json("""
                {"name": "q", "in": "query", "required": false,
                 "schema": {"anyOf": [{"type": "string", "minLength": 3, "maxLength": 50, "pattern": "^fixedquery$"},
                                      {"type": "null"}], "title": "Q"}}"""));
    }
}
