package io.griddle.examples.tutorial.body_updates;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_body_updates/test_tutorial001, as the specification. A float field sent as
 * {@code 3} is written back as {@code 3.0} (Python's test compares {@code 3.0 == 3}).
 */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());
    private final Map<String, Tutorial001.Item> before = Map.copyOf(Tutorial001.ITEMS);

    @AfterEach
    void close() {
        client.close();
        Tutorial001.ITEMS.putAll(before);
    }

    @Test
    void get() {
        assertJson(client.get("/items/baz"), 200, """
                {"name": "Baz", "description": null, "price": 50.2, "tax": 10.5, "tags": []}""");
    }

    @Test
    void put() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Barz");
        body.put("price", 3);
        body.put("description", null);
        assertJson(client.put("/items/bar", body), 200, """
                {"name": "Barz", "description": null, "price": 3.0, "tax": 10.5, "tags": []}""");
        assertJson(client.get("/items/bar"), 200, """
                {"name": "Barz", "description": null, "price": 3.0, "tax": 10.5, "tags": []}""");
    }

    @Test
    void openApiItem() {
        assertThat(Spec.component(Spec.openapi(client), "Item")).isEqualTo(json("""
                {"type": "object", "title": "Item",
                 "properties": {"name": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Name"},
                   "description": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Description"},
                   "price": {"anyOf": [{"type": "number"}, {"type": "null"}], "title": "Price"},
                   "tax": {"title": "Tax", "type": "number", "default": 10.5},
                   "tags": {"title": "Tags", "type": "array", "items": {"type": "string"}, "default": []}}}"""));
    }
}
