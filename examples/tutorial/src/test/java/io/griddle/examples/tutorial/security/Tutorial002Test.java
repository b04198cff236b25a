package io.griddle.examples.tutorial.security;

import static io.griddle.examples.tutorial.security.Tutorial001Test.assertNotAuthenticated;
import static io.griddle.examples.tutorial.security.Tutorial001Test.at;
import static io.griddle.examples.tutorial.security.Tutorial001Test.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_security/test_tutorial002, as the specification. */
class Tutorial002Test {

    private final TestClient client = TestClient.of(Tutorial002.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void noToken() {
        assertNotAuthenticated(client.get("/users/me"), "Bearer");
    }

    @Test
    void token() {
        TestResponse response = client.request("GET", "/users/me")
                .header("Authorization", "Bearer testtoken")
                .send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(json("""
                {"username":"testtokenfakedecoded","email":"john@example.com","full_name":"John Doe",
                 "disabled":null}"""));
    }

    @Test
    void openapiSchema() {
        Object document = client.get("/openapi.json").json();
        assertThat(at(document, "paths", "/users/me", "get", "security"))
                .isEqualTo(json("[{\"OAuth2PasswordBearer\":[]}]"));
        assertThat(at(document, "paths", "/users/me", "get", "operationId")).isEqualTo("readUsersMe_users_me_get");
        assertThat(at(document, "components", "securitySchemes")).isEqualTo(json("""
                {"OAuth2PasswordBearer":{"type":"oauth2","flows":{"password":{"scopes":{},"tokenUrl":"token"}}}}"""));
    }
}
