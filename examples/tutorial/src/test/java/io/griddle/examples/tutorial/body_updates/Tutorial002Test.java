package io.griddle.examples.tutorial.body_updates;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_body_updates/test_tutorial002, as the specification. A float field sent as
 * {@code 3} (or stored as {@code 62}) is written as {@code 3.0} ({@code 62.0}); Python's test compares them equal.
 */
class Tutorial002Test {

    private final TestClient client = TestClient.of(Tutorial002.app());
    private final Map<String, Tutorial002.Item> before = Map.copyOf(Tutorial002.ITEMS);

    @AfterEach
    void close() {
        client.close();
        Tutorial002.ITEMS.putAll(before);
    }

    @Test
    void get() {
        assertJson(client.get("/items/baz"), 200, """
                {"name": "Baz", "description": null, "price": 50.2, "tax": 10.5, "tags": []}""");
    }

    @Test
    void patchAll() {
        var body = Map.of(
                "name",
                "Fooz",
                "description",
                "Item description",
                "price",
                3,
                "tax",
                10.5,
                "tags",
                List.of("tag1", "tag2"));
        assertJson(client.patch("/items/foo", body), 200, """
                {"name": "Fooz", "description": "Item description", "price": 3.0, "tax": 10.5, "tags": ["tag1", "tag2"]}""");
    }

    @Test
    void patchName() {
        assertJson(client.patch("/items/bar", Map.of("name", "Barz")), 200, """
                {"name": "Barz", "description": "The bartenders", "price": 62.0, "tax": 20.2, "tags": []}""");
    }

    @Test
    void openApiRequestBodyIsTheItem() {
        var operation = Spec.operation(Spec.openapi(client), "/items/{item_id}", "patch");
        assertThat(Spec.requestSchema(operation)).isEqualTo(json("""
                {"$ref": "#/components/schemas/Item"}"""));
    }
}
