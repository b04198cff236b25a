package io.griddle.examples.tutorial.query_params;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FastAPI's tests/test_tutorial/test_query_params/test_tutorial003, as the specification. */
class Tutorial003Test {

    private static final String LONG = "This is an amazing item that has a long description";

    private final TestClient client = TestClient.of(Tutorial003.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void theDescriptionComesUnlessShort() {
        assertJson(client.get("/items/foo"), 200, """
                {"item_id": "foo", "description": "%s"}""".formatted(LONG));
        assertJson(client.get("/items/bar?q=somequery"), 200, """
                {"item_id": "bar", "q": "somequery", "description": "%s"}""".formatted(LONG));
        assertJson(client.get("/items/baz?short=true"), 200, """
                {"item_id": "baz"}""");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "True", "true", "on", "yes", "YES"})
    void everyTrueSpellingIsShort(String value) {
        assertJson(client.get("/items/baz?short=" + value), 200, """
                {"item_id": "baz"}""");
    }

    @Test
    void otherWordsAreNotBooleans() {
        assertJson(client.get("/items/baz?short=maybe"), 422, """
                {"detail": [{"type": "bool_parsing", "loc": ["query", "short"],
                             "msg": "Input should be a valid boolean, unable to interpret input", "input": "maybe"}]}""");
    }

    @Test
    void openApiShowsTheBooleanDefault() {
        var operation = Spec.operation(Spec.openapi(client), "/items/{item_id}", "get");
        assertThat(Spec.parameter(operation, "short")).isEqualTo(json("""
                {"name": "short", "in": "query", "required": false,
                 "schema": {"type": "boolean", "default": false, "title": "Short"}}"""));
        assertThat(Spec.parameter(operation, "q")).isEqualTo(json("""
                {"name": "q", "in": "query", "required": false,
                 "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Q"}}"""));
    }
}
