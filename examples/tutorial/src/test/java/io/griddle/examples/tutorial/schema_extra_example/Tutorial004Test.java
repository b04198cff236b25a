package io.griddle.examples.tutorial.schema_extra_example;

import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_schema_extra_example/test_tutorial004, as the specification. */
class Tutorial004Test {

    private final TestClient client = TestClient.of(Tutorial004.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void postBodyExample() {
        ItemSpec.putsTheExample(client);
    }

    @Test
    void openApiSchema() {
        var document = Spec.openapi(client);
        var operation = ItemSpec.operation(document);
        assertThat(operation.get("requestBody")).isEqualTo(json("""
                {"required": true, "content": {"application/json": {"schema": {
                    "$ref": "#/components/schemas/Item",
                    "examples": [{"name": "Foo", "description": "A very nice Item", "price": 35.4, "tax": 3.2},
                                 {"name": "Bar", "price": "35.4"},
                                 {"name": "Baz", "price": "thirty five point four"}]}}}}"""));
        assertThat(Spec.component(document, "Item")).isEqualTo(json(ItemSpec.ITEM));
    }
}
