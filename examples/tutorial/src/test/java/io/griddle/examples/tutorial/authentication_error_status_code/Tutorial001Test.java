package io.griddle.examples.tutorial.authentication_error_status_code;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_authentication_error_status_code/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void getMe() {
        assertJson(
                client.request("GET", "/me")
                        .header("Authorization", "Bearer secrettoken")
                        .send(),
                200,
                """
                {"message": "You are authenticated", "token": "secrettoken"}""");
    }

    @Test
    void getMeNoCredentials() {
        TestResponse response = client.get("/me");
        assertJson(response, 403, """
                {"detail": "Not authenticated"}""");
        // FastAPI's HTTPException(403) carries no challenge; neither does this one.
        assertThat(response.header("www-authenticate")).isNull();
    }

    @Test
    void openapiSchema() {
        Map<String, Object> document = Spec.openapi(client);
        assertThat(Spec.at(document, "paths")).isEqualTo(json("""
                {"/me": {"get": {
                    "summary": "Read Me",
                    "operationId": "readMe_me_get",
                    "responses": {"200": {"description": "Successful Response",
                                          "content": {"application/json": {"schema": {}}}}},
                    "security": [{"HTTPBearer403": []}]}}}"""));
        assertThat(Spec.at(document, "components")).isEqualTo(json("""
                {"securitySchemes": {"HTTPBearer403": {"type": "http", "scheme": "bearer"}}}"""));
    }
}
