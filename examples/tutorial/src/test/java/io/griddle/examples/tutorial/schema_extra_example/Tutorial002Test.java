package io.griddle.examples.tutorial.schema_extra_example;

import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_schema_extra_example/test_tutorial002, as the specification. */
class Tutorial002Test {

    private final TestClient client = TestClient.of(Tutorial002.app());

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
                {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}"""));
        assertThat(Spec.component(document, "Item")).isEqualTo(json("""
                {"properties": {"name": {"type": "string", "title": "Name", "examples": ["Foo"]},
                                "description": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Description",
                                                "examples": ["A very nice Item"]},
                                "price": {"type": "number", "title": "Price", "examples": [35.4]},
                                "tax": {"anyOf": [{"type": "number"}, {"type": "null"}], "title": "Tax", "examples": [3.2]}},
                 "type": "object", "required": ["name", "price"], "title": "Item"}"""));
    }
}
