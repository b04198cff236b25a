package io.griddle.examples.tutorial.path_params;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FastAPI's tests/test_tutorial/test_path_params/test_tutorial002, as the specification. */
class Tutorial002Test {

    private final TestClient client = TestClient.of(Tutorial002.app());

    @AfterEach
    void close() {
        client.close();
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @ParameterizedTest
    @ValueSource(ints = {-10, 0, 10})
    void integersConvert(int value) {
        assertJson(client.get("/items/" + value), 200, "{\"item_id\": " + value + "}");
    }

    // FastAPI's test expects 422 here but marks it xfail under Pydantic v2, which takes "10.0" as 10: so does Griddle.
    @Test
    void integersWrittenWithAZeroFractionConvertAsPydanticV2Does() {
        assertJson(client.get("/items/-10.0"), 200, """
                {"item_id": -10}""");
        assertJson(client.get("/items/0.0"), 200, """
                {"item_id": 0}""");
        assertJson(client.get("/items/10.0"), 200, """
                {"item_id": 10}""");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "-3.14",
                "3.14",
                "foo",
                "foo bar",
                "foo bar baz",
                "[1, 2, 3]",
                "[-1.1, 0.0, 1.2]",
                "['alpha', 'beta', 'gamma']"
            })
    void anythingElseIsAnIntParsingError(String value) {
        var response = client.get("/items/" + segment(value));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(json("""
                {"detail": [{"type": "int_parsing", "loc": ["path", "item_id"],
                             "msg": "Input should be a valid integer, unable to parse string as an integer",
                             "input": "%s"}]}""".formatted(value)));
    }

    @Test
    void openApiDocumentsAnInteger() {
        var operation = Spec.operation(Spec.openapi(client), "/items/{item_id}", "get");
        assertThat(Spec.parameter(operation, "item_id")).isEqualTo(json("""
                {"name": "item_id", "in": "path", "required": true, "schema": {"type": "integer", "title": "Item Id"}}"""));
    }
}
