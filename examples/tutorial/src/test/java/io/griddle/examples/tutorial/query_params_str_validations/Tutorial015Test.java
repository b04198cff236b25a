package io.griddle.examples.tutorial.query_params_str_validations;

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
 * FastAPI's tests/test_tutorial/test_query_params_str_validations/test_tutorial015, as the specification. Its
 * requests say {@code /items} and reach {@code /items/} through the slash redirect, which the client follows.
 */
class Tutorial015Test {

    private final TestClient client = TestClient.of(Tutorial015.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void getRandomItem() {
        var response = client.get("/items");
        assertThat(response.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) response.json();
        assertThat(item).containsOnlyKeys("id", "name");
        assertThat(item.get("id")).isIn("isbn-9781529046137", "imdb-tt0371724", "isbn-9781439512982");
        assertThat(item.get("name")).isInstanceOf(String.class);
    }

    @Test
    void getItem() {
        assertJson(client.get("/items?id=isbn-9781529046137"), 200, """
                {"id": "isbn-9781529046137", "name": "The Hitchhiker's Guide to the Galaxy"}""");
    }

    @Test
    void getItemDoesNotExist() {
        assertJson(client.get("/items?id=isbn-nope"), 200, """
                {"id": "isbn-nope", "name": null}""");
    }

    @Test
    void getInvalidItem() {
        assertJson(client.get("/items?id=wtf-yes"), 422, """
                {"detail": [{"type": "value_error", "loc": ["query", "id"],
                             "msg": "Value error, Invalid ID format, it must start with \\"isbn-\\" or \\"imdb-\\"",
                             "input": "wtf-yes", "ctx": {"error": {}}}]}""");
    }

    @Test
    void openApi() {
        Map<String, Object> operation = Spec.operation(Spec.openapi(client), "/items/", "get");
        assertThat(operation.get("summary")).isEqualTo("Read Items");
        assertThat(operation.get("parameters")).isEqualTo(List.of(json("""
                {"name": "id", "in": "query", "required": false,
                 "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Id"}}""")));
        assertThat(Spec.keys(operation, "responses")).containsExactly("200", "422");
    }
}
