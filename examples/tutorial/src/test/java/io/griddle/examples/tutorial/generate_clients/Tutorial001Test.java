package io.griddle.examples.tutorial.generate_clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_generate_clients/test_tutorial001, as the specification. */
class Tutorial001Test {

    @Test
    void postItems() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Spec.assertJson(client.post("/items/", Map.of("name", "Foo", "price", 5)), 200, """
                    {"message": "item received"}""");
        }
    }

    @Test
    void getItems() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Spec.assertJson(client.get("/items/"), 200, """
                    [{"name": "Plumbus", "price": 3.0}, {"name": "Portal Gun", "price": 9001.0}]""");
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            String paths = """
                    "/items/": {%s, %s}""".formatted(
                            Documents.getItems("", "getItems_items__get", "Response Get Items Items  Get"),
                            Documents.post("", "Create Item", "createItem_items__post", "Item"));
            assertThat(Spec.openapi(client)).isEqualTo(ExpectedJson.openapi(paths, Documents.ITEM + Documents.MESSAGE));
        }
    }
}
