package io.griddle.examples.tutorial.query_params_str_validations;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_query_params_str_validations/test_tutorial002, as the specification. */
class Tutorial002Test {

    private static final String ITEMS = "\"items\": [{\"item_id\": \"Foo\"}, {\"item_id\": \"Bar\"}]";

    private final TestClient client = TestClient.of(Tutorial002.app());

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
        assertJson(client.get("/items/?q=query"), 200, "{" + ITEMS + ", \"q\": \"query\"}");
    }

    @Test
    void tooLong() {
        String q = "q".repeat(51);
        assertJson(client.get("/items/?q=" + q), 422, """
                {"detail": [{"type": "string_too_long", "loc": ["query", "q"],
                             "msg": "String should have at most 50 characters", "input": "%s",
                             "ctx": {"max_length": 50}}]}""".formatted(q));
    }

    @Test
    void openApi() {
        assertThat(parameter("q")).isEqualTo(json("""
                {"name": "q", "in": "query", "required": false,
                 "schema": {"anyOf": [{"type": "string", "maxLength": 50}, {"type": "null"}], "title": "Q"}}"""));
    }
}
