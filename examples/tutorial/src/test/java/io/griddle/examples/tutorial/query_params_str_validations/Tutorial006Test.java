package io.griddle.examples.tutorial.query_params_str_validations;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FastAPI's tests/test_tutorial/test_query_params_str_validations/test_tutorial006, as the specification, for
 * Tutorial006 and for 006b and 006d, which only say "required" in another way (Java has one way).
 */
class Tutorial006Test {

    private static final String ITEMS = "\"items\": [{\"item_id\": \"Foo\"}, {\"item_id\": \"Bar\"}]";

    static List<Supplier<App>> apps() {
        return List.of(Tutorial006::app, Tutorial006b::app, Tutorial006d::app);
    }

    private static Map<String, Object> parameter(TestClient client, String name) {
        return Spec.parameter(Spec.operation(Spec.openapi(client), "/items/", "get"), name);
    }

    @ParameterizedTest
    @MethodSource("apps")
    void qIsRequired(Supplier<App> app) {
        try (TestClient client = TestClient.of(app.get())) {
            assertJson(client.get("/items/"), 422, """
                    {"detail": [{"type": "missing", "loc": ["query", "q"], "msg": "Field required", "input": null}]}""");
            assertJson(client.get("/items/?q=fixedquery"), 200, "{" + ITEMS + ", \"q\": \"fixedquery\"}");
        }
    }

    @ParameterizedTest
    @MethodSource("apps")
    void tooShort(Supplier<App> app) {
        try (TestClient client = TestClient.of(app.get())) {
            assertJson(client.get("/items/?q=fa"), 422, """
                    {"detail": [{"type": "string_too_short", "loc": ["query", "q"],
                                 "msg": "String should have at least 3 characters", "input": "fa",
                                 "ctx": {"min_length": 3}}]}""");
        }
    }

    @ParameterizedTest
    @MethodSource("apps")
    void openApi(Supplier<App> app) {
        try (TestClient client = TestClient.of(app.get())) {
            assertThat(parameter(client, "q")).isEqualTo(json("""
                    {"name": "q", "in": "query", "required": true,
                     "schema": {"type": "string", "minLength": 3, "title": "Q"}}"""));
        }
    }
}
