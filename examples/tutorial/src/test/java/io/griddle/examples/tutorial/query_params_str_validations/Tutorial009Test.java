package io.griddle.examples.tutorial.query_params_str_validations;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_query_params_str_validations/test_tutorial009, as the specification. */
class Tutorial009Test {

    private static final String ITEMS = "\"items\": [{\"item_id\": \"Foo\"}, {\"item_id\": \"Bar\"}]";

    private final TestClient client = TestClient.of(Tutorial009.app());

    @AfterEach
    void close() {
        client.close();
    }

    private Map<String, Object> parameter(String name) {
        return Spec.parameter(Spec.operation(Spec.openapi(client), "/items/", "get"), name);
    }

    @Test
    void theAliasIsTheName() {
        assertJson(client.get("/items/"), 200, "{" + ITEMS + "}");
        assertJson(client.get("/items/?item-query=filter"), 200, "{" + ITEMS + ", \"q\": \"filter\"}");
        assertJson(client.get("/items/?q=filter"), 200, "{" + ITEMS + "}");
    }

    @Test
    void openApiTitlesTheAlias() {
        assertThat(parameter("item-query")).isEqualTo(json("""
                {"name": "item-query", "in": "query", "required": false,
                 "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Item-Query"}}"""));
    }
}
