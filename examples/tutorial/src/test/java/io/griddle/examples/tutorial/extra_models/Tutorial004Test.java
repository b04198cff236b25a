package io.griddle.examples.tutorial.extra_models;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_extra_models/test_tutorial004, as the specification. */
class Tutorial004Test {

    private final TestClient client = TestClient.of(Tutorial004.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void getItems() {
        assertJson(client.get("/items/"), 200, """
                [{"name": "Foo", "description": "There comes my hero"},
                 {"name": "Red", "description": "It's my aeroplane"}]""");
    }

    @Test
    void openApiSchema() {
        var document = Spec.openapi(client);
        var operation = Spec.operation(document, "/items/", "get");
        assertThat(Spec.at(operation, "responses", "200", "content", "application/json", "schema"))
                .isEqualTo(json("""
                {"title": "Response Read Items Items  Get", "type": "array", "items": {"$ref": "#/components/schemas/Item"}}"""));
        assertThat(Spec.component(document, "Item")).isEqualTo(json("""
                {"title": "Item", "required": ["name", "description"], "type": "object",
                 "properties": {"name": {"title": "Name", "type": "string"},
                                "description": {"title": "Description", "type": "string"}}}"""));
    }
}
