package io.griddle.examples.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.http.Json;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Helpers for the tutorial tests, which restate FastAPI's tutorial tests: expected bodies are written as JSON text
 * (as the Python tests write dicts), and parts of the OpenAPI document are picked by path.
 *
 * <pre>{@code
 * Spec.assertJson(client.get("/items/foo"), 422, """
 *         {"detail": [{"type": "int_parsing", "loc": ["path", "item_id"], "msg": "...", "input": "foo"}]}""");
 * Map<String, Object> op = Spec.operation(Spec.openapi(client), "/items/{item_id}", "get");
 * }</pre>
 */
public final class Spec {

    private Spec() {}

    /** JSON text as plain Java values (maps, lists, numbers, strings, null), as the response's {@code json()}. */
    public static Object json(String text) {
        return Json.read(text.getBytes(StandardCharsets.UTF_8), Object.class);
    }

    /** Asserts the status and that the body is the same JSON value as the text. */
    public static void assertJson(TestResponse response, int status, String expected) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.json()).as("body").isEqualTo(json(expected));
    }

    /** The app's OpenAPI document. */
    public static Map<String, Object> openapi(TestClient client) {
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        return map(response.json());
    }

    /** The operation of a path and method. */
    public static Map<String, Object> operation(Map<String, Object> document, String path, String method) {
        return map(at(document, "paths", path, method));
    }

    /** An operation's parameter by name. */
    public static Map<String, Object> parameter(Map<String, Object> operation, String name) {
        for (Object parameter : (List<?>) operation.get("parameters")) {
            if (name.equals(map(parameter).get("name"))) {
                return map(parameter);
            }
        }
        throw new AssertionError("no parameter " + name + " in " + operation.get("parameters"));
    }

    /** A named schema of {@code components/schemas}. */
    public static Map<String, Object> component(Map<String, Object> document, String name) {
        return map(at(document, "components", "schemas", name));
    }

    /** The request body's schema ({@code requestBody/content/application/json/schema}). */
    public static Map<String, Object> requestSchema(Map<String, Object> operation) {
        return map(at(operation, "requestBody", "content", "application/json", "schema"));
    }

    /** The value at a path of keys, failing with the path when a key is missing. */
    public static Object at(Map<String, Object> node, String... keys) {
        Object current = node;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                throw new AssertionError("no '" + key + "' on the way to " + String.join("/", keys) + " in " + current);
            }
            current = map.get(key);
        }
        return current;
    }

    /** The keys of the object at a path of keys ({@code keys(operation, "responses")} is {@code [200, 422]}). */
    public static java.util.Set<String> keys(Map<String, Object> node, String... path) {
        return map(at(node, path)).keySet();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
