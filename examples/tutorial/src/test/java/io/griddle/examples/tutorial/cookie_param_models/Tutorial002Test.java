package io.griddle.examples.tutorial.cookie_param_models;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestRequest;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_cookie_param_models/test_tutorial002, as the specification; the client's
 * cookies go in one {@code Cookie} header.
 */
class Tutorial002Test {

    private final TestClient client = TestClient.of(Tutorial002.app());

    @AfterEach
    void close() {
        client.close();
    }

    private TestResponse get(String cookies) {
        TestRequest request = client.request("GET", "/items/");
        return (cookies == null ? request : request.header("cookie", cookies)).send();
    }

    @Test
    void cookieParamModel() {
        assertJson(get("session_id=123; fatebook_tracker=456; googall_tracker=789"), 200, """
                {"session_id": "123", "fatebook_tracker": "456", "googall_tracker": "789"}""");
    }

    @Test
    void cookieParamModelDefaults() {
        assertJson(get("session_id=123"), 200, """
                {"session_id": "123", "fatebook_tracker": null, "googall_tracker": null}""");
    }

    @Test
    void cookieParamModelInvalid() {
        assertJson(get(null), 422, """
                {"detail": [{"type": "missing", "loc": ["cookie", "session_id"], "msg": "Field required", "input": {}}]}""");
    }

    @Test
    void cookieParamModelExtra() {
        assertJson(get("session_id=123; extra=track-me-here-too"), 422, """
                {"detail": [{"type": "extra_forbidden", "loc": ["cookie", "extra"],
                  "msg": "Extra inputs are not permitted", "input": "track-me-here-too"}]}""");
    }

    @Test
    void openApiListsEachComponentAsACookieParameter() {
        var operation = Spec.operation(Spec.openapi(client), "/items/", "get");
        assertThat(operation.get("parameters")).isEqualTo(json("""
                [{"name": "session_id", "in": "cookie", "required": true,
                  "schema": {"type": "string", "title": "Session Id"}},
                 {"name": "fatebook_tracker", "in": "cookie", "required": false,
                  "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Fatebook Tracker"}},
                 {"name": "googall_tracker", "in": "cookie", "required": false,
                  "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Googall Tracker"}}]"""));
    }
}
