package io.griddle.examples.tutorial.extra_models;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_extra_models/test_tutorial001_tutorial002 (tutorial001), as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void post() {
        var user = Map.of(
                "username", "johndoe", "password", "secret", "email", "johndoe@example.com", "full_name", "John Doe");
        assertJson(client.post("/user/", user), 200, """
                {"username": "johndoe", "email": "johndoe@example.com", "full_name": "John Doe"}""");
    }

    @Test
    @SuppressWarnings("unchecked")
    void openApiSchema() {
        var document = Spec.openapi(client);
        var operation = Spec.operation(document, "/user/", "post");
        assertThat(Spec.requestSchema(operation)).isEqualTo(json("""
                {"$ref": "#/components/schemas/UserIn"}"""));
        assertThat(Spec.at(operation, "responses", "200", "content", "application/json", "schema"))
                .isEqualTo(json("""
                {"$ref": "#/components/schemas/UserOut"}"""));
        var userIn = Spec.component(document, "UserIn");
        assertThat((java.util.List<Object>) userIn.get("required"))
                .containsExactlyInAnyOrder("username", "password", "email");
        assertThat(userIn.get("properties")).isEqualTo(json("""
                {"username": {"title": "Username", "type": "string"},
                 "password": {"title": "Password", "type": "string"},
                 "email": {"title": "Email", "type": "string", "format": "email"},
                 "full_name": {"title": "Full Name", "anyOf": [{"type": "string"}, {"type": "null"}]}}"""));
        assertThat(Spec.component(document, "UserOut")).isEqualTo(json("""
                {"title": "UserOut", "required": ["username", "email"], "type": "object",
                 "properties": {"username": {"title": "Username", "type": "string"},
                   "email": {"title": "Email", "type": "string", "format": "email"},
                   "full_name": {"title": "Full Name", "anyOf": [{"type": "string"}, {"type": "null"}]}}}"""));
    }
}
