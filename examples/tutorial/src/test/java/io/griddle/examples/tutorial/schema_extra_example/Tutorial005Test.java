package io.griddle.examples.tutorial.schema_extra_example;

import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_schema_extra_example/test_tutorial005, as the specification. */
class Tutorial005Test {

    private final TestClient client = TestClient.of(Tutorial005.app());

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
        // The second summary says Griddle where FastAPI says FastAPI.
        assertThat(operation.get("requestBody")).isEqualTo(json("""
                {"required": true, "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Item"},
                    "examples": {
                      "normal": {"summary": "A normal example", "description": "A **normal** item works correctly.",
                                 "value": {"name": "Foo", "description": "A very nice Item", "price": 35.4, "tax": 3.2}},
                      "converted": {"summary": "An example with converted data",
                                    "description": "Griddle converts price `strings` to actual `numbers` automatically",
                                    "value": {"name": "Bar", "price": "35.4"}},
                      "invalid": {"summary": "Invalid data is rejected with an error",
                                  "value": {"name": "Baz", "price": "thirty five point four"}}}}}}"""));
        assertThat(Spec.component(document, "Item")).isEqualTo(json(ItemSpec.ITEM));
        // The examples keep the order written, as the docs page lists them.
        assertThat(Spec.keys(operation, "requestBody", "content", "application/json", "examples"))
                .containsExactly("normal", "converted", "invalid");
    }
}
