package io.griddle.examples.tutorial.path_params;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_path_params/test_tutorial003, as the specification. */
class Tutorial003Test {

    private final TestClient client = TestClient.of(Tutorial003.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void meIsTheFixedRouteAndOthersAreUserIds() {
        assertJson(client.get("/users/me"), 200, """
                {"user_id": "the current user"}""");
        assertJson(client.get("/users/alice"), 200, """
                {"user_id": "alice"}""");
    }

    @Test
    void openApiHasBothOperations() {
        var document = Spec.openapi(client);
        var me = Spec.operation(document, "/users/me", "get");
        assertThat(me.get("summary")).isEqualTo("Read User Me");
        assertThat(me).doesNotContainKey("parameters");
        assertThat(Spec.keys(me, "responses")).containsExactly("200");
        var user = Spec.operation(document, "/users/{user_id}", "get");
        assertThat(user.get("summary")).isEqualTo("Read User");
        assertThat(Spec.parameter(user, "user_id")).isEqualTo(json("""
                {"name": "user_id", "in": "path", "required": true, "schema": {"type": "string", "title": "User Id"}}"""));
        assertThat(Spec.keys(user, "responses")).containsExactly("200", "422");
    }
}
