package io.griddle.examples.tutorial.query_params_str_validations;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_query_params_str_validations/test_tutorial013, as the specification. */
class Tutorial013Test {

    private final TestClient client = TestClient.of(Tutorial013.app());

    @AfterEach
    void close() {
        client.close();
    }

    private Map<String, Object> parameter(String name) {
        return Spec.parameter(Spec.operation(Spec.openapi(client), "/items/", "get"), name);
    }

    @Test
    void anEmptyDefault() {
        assertJson(client.get("/items/"), 200, """
                {"q": []}""");
        assertJson(client.get("/items/?q=foo&q=bar"), 200, """
                {"q": ["foo", "bar"]}""");
    }

    @Test
    void openApi() {
        // FastAPI's untyped `list` documents its items as {}; List<String> documents strings.
        assertThat(parameter("q")).isEqualTo(json("""
                {"name": "q", "in": "query", "required": false,
                 "schema": {"type": "array", "items": {"type": "string"}, "default": [], "title": "Q"}}"""));
    }
}
