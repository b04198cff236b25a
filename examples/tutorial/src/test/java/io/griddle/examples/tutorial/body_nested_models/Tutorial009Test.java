package io.griddle.examples.tutorial.body_nested_models;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_body_nested_models/test_tutorial009, as the specification. */
class Tutorial009Test {

    private final TestClient client = TestClient.of(Tutorial009.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void integerKeys() {
        assertJson(client.post("/index-weights/", Map.of("2", 2.2, "3", 3.3)), 200, """
                {"2": 2.2, "3": 3.3}""");
    }

    @Test
    void aKeyThatIsNotAnInteger() {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("foo", 2.2);
        body.put("3", 3.3);
        assertJson(client.post("/index-weights/", body), 422, """
                {"detail": [{"type": "int_parsing", "loc": ["body", "foo", "[key]"],
                             "msg": "Input should be a valid integer, unable to parse string as an integer",
                             "input": "foo"}]}""");
    }

    @Test
    void openApiHasAnObjectOfNumbers() {
        assertThat(Spec.requestSchema(Spec.operation(Spec.openapi(client), "/index-weights/", "post")))
                .isEqualTo(json("""
                {"title": "Weights", "type": "object", "additionalProperties": {"type": "number"}}"""));
    }
}
