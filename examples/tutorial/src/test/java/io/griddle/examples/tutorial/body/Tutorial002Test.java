package io.griddle.examples.tutorial.body;

import static io.griddle.examples.tutorial.Spec.assertJson;

import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_body/test_tutorial002, as the specification. */
class Tutorial002Test {

    private final TestClient client = TestClient.of(Tutorial002.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void withTaxThePriceWithTaxIsAdded() {
        for (Object price : new Object[] {"50.5", 50.5}) {
            assertJson(
                    client.post(
                            "/items/", Map.of("name", "Foo", "price", price, "description", "Some Foo", "tax", 0.3)),
                    200,
                    """
                    {"name": "Foo", "price": 50.5, "description": "Some Foo", "tax": 0.3, "price_with_tax": 50.8}""");
        }
    }

    @Test
    void withoutTaxNothingIsAdded() {
        for (Object price : new Object[] {"50.5", 50.5}) {
            assertJson(
                    client.post("/items/", Map.of("name", "Foo", "price", price, "description", "Some Foo")), 200, """
                    {"name": "Foo", "price": 50.5, "description": "Some Foo", "tax": null}""");
        }
    }

    @Test
    void anEmptyObjectMissesBothRequiredFields() {
        assertJson(client.post("/items/", Map.of()), 422, """
                {"detail": [{"type": "missing", "loc": ["body", "name"], "msg": "Field required", "input": {}},
                            {"type": "missing", "loc": ["body", "price"], "msg": "Field required", "input": {}}]}""");
    }
}
