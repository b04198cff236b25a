package io.griddle.examples.tutorial.request_form_models;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_request_form_models/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    private TestResponse post(Map<String, ?> data) {
        return client.request("POST", "/login/").form(data).send();
    }

    @Test
    void postBodyForm() {
        assertJson(post(Map.of("username", "Foo", "password", "secret")), 200, """
                {"username": "Foo", "password": "secret"}""");
    }

    @Test
    void postBodyFormNoPassword() {
        assertJson(post(Map.of("username", "Foo")), 422, """
                {"detail": [{"type": "missing", "loc": ["body", "password"], "msg": "Field required",
                  "input": {"username": "Foo"}}]}""");
    }

    @Test
    void postBodyFormNoUsername() {
        assertJson(post(Map.of("password", "secret")), 422, """
                {"detail": [{"type": "missing", "loc": ["body", "username"], "msg": "Field required",
                  "input": {"password": "secret"}}]}""");
    }

    @Test
    void postBodyFormNoData() {
        assertJson(client.request("POST", "/login/").send(), 422, """
                {"detail": [{"type": "missing", "loc": ["body", "username"], "msg": "Field required", "input": {}},
                            {"type": "missing", "loc": ["body", "password"], "msg": "Field required", "input": {}}]}""");
    }

    @Test
    void postBodyJsonIsNotAForm() {
        assertJson(client.post("/login/", Map.of("username", "Foo", "password", "secret")), 422, """
                {"detail": [{"type": "missing", "loc": ["body", "username"], "msg": "Field required", "input": {}},
                            {"type": "missing", "loc": ["body", "password"], "msg": "Field required", "input": {}}]}""");
    }

    @Test
    void openApiShowsTheRecordAsTheFormSchema() {
        var document = Spec.openapi(client);
        var operation = Spec.operation(document, "/login/", "post");
        assertThat(operation.get("requestBody")).isEqualTo(json("""
                {"content": {"application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/FormData"}}},
                 "required": true}"""));
        assertThat(Spec.component(document, "FormData")).isEqualTo(json("""
                {"properties": {"username": {"type": "string", "title": "Username"},
                                "password": {"type": "string", "title": "Password"}},
                 "type": "object", "required": ["username", "password"], "title": "FormData"}"""));
    }
}
