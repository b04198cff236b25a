package io.griddle.examples.tutorial.query_params_str_validations;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_query_params_str_validations/test_tutorial010, as the specification. */
class Tutorial010Test {

    private static final String ITEMS = "\"items\": [{\"item_id\": \"Foo\"}, {\"item_id\": \"Bar\"}]";

    private final TestClient client = TestClient.of(Tutorial010.app());

    @AfterEach
    void close() {
        client.close();
    }

    private Map<String, Object> parameter(String name) {
        return Spec.parameter(Spec.operation(Spec.openapi(client), "/items/", "get"), name);
    }

    private static final String DESCRIPTION =
            "Query string for the items to search in the database that have a good match";

    @Test
    void theAliasIsTheName() {
        assertJson(client.get("/items/"), 200, "{" + ITEMS + "}");
        assertJson(client.get("/items/?item-query=fixedquery"), 200, "{" + ITEMS + ", \"q\": \"fixedquery\"}");
        assertJson(client.get("/items/?q=fixedquery"), 200, "{" + ITEMS + "}");
    }

    @Test
    void notMatchingThePatternIsReportedUnderTheAlias() {
        assertJson(client.get("/items/?item-query=nonregexquery"), 422, """
                {"detail": [{"type": "string_pattern_mismatch", "loc": ["query", "item-query"],
                             "msg": "String should match pattern '^fixedquery$'", "input": "nonregexquery",
                             "ctx": {"pattern": "^fixedquery$"}}]}""");
    }

    // The README's tour quotes this answer.
    @Test
    void tooShortIsReportedBeforeThePattern() {
        assertJson(client.get("/items/?item-query=x"), 422, """
                {"detail": [{"type": "string_too_short", "loc": ["query", "item-query"],
                             "msg": "String should have at least 3 characters", "input": "x",
                             "ctx": {"min_length": 3}}]}""");
    }

    @Test
    void openApiSaysEverything() {
        assertThat(parameter("item-query")).isEqualTo(json("""
                {"name": "item-query", "in": "query", "required": false, "description": "%1$s", "deprecated": true,
                 "schema": {"anyOf": [{"type": "string", "minLength": 3, "maxLength": 50, "pattern": "^fixedquery$"},
                                      {"type": "null"}],
                            "title": "Query string", "description": "%1$s"}}""".formatted(DESCRIPTION)));
    }
}
