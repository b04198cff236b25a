package io.griddle.examples.tutorial.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestRequest;
import io.griddle.test.TestResponse;

/** The checks FastAPI's tests make of the x-token and x-key dependencies (tutorials 006 and 012). */
final class VerifyHeadersSpec {

    static final String PARAMETERS = """
            [{"required": true, "schema": {"title": "X-Token", "type": "string"}, "name": "x-token", "in": "header"},
             {"required": true, "schema": {"title": "X-Key", "type": "string"}, "name": "x-key", "in": "header"}]""";

    private VerifyHeadersSpec() {}

    static TestResponse get(TestClient client, String path, String token, String key) {
        TestRequest request = client.request("GET", path);
        if (token != null) {
            request.header("X-Token", token);
        }
        if (key != null) {
            request.header("X-Key", key);
        }
        return request.send();
    }

    /** Both headers missing: both reported, in the order the dependencies were declared. */
    static void noHeaders(TestClient client, String path) {
        TestResponse response = get(client, path, null, null);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(ExpectedJson.parse("""
                {"detail": [{"type": "missing", "loc": ["header", "x-token"], "msg": "Field required", "input": null},
                            {"type": "missing", "loc": ["header", "x-key"], "msg": "Field required", "input": null}]}"""));
    }

    /** A wrong token is refused by its dependency, before the missing key is. */
    static void invalidToken(TestClient client, String path) {
        TestResponse response = get(client, path, "invalid", null);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(ExpectedJson.parse("{\"detail\": \"X-Token header invalid\"}"));
    }

    static void invalidKey(TestClient client, String path) {
        TestResponse response = get(client, path, "fake-super-secret-token", "invalid");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(ExpectedJson.parse("{\"detail\": \"X-Key header invalid\"}"));
    }

    static void valid(TestClient client, String path, String expected) {
        TestResponse response = get(client, path, "fake-super-secret-token", "fake-super-secret-key");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(ExpectedJson.parse(expected));
    }
}
