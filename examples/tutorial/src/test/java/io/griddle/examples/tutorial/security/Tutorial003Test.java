package io.griddle.examples.tutorial.security;

import static io.griddle.examples.tutorial.security.Tutorial001Test.assertNotAuthenticated;
import static io.griddle.examples.tutorial.security.Tutorial001Test.at;
import static io.griddle.examples.tutorial.security.Tutorial001Test.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_security/test_tutorial003, as the specification. */
class Tutorial003Test {

    private final TestClient client = TestClient.of(Tutorial003.app());

    @AfterEach
    void close() {
        client.close();
    }

    private TestResponse login(Map<String, ?> data) {
        return client.request("POST", "/token").form(data).send();
    }

    private TestResponse me(String authorization) {
        return client.request("GET", "/users/me")
                .header("Authorization", authorization)
                .send();
    }

    @Test
    void login() {
        TestResponse response = login(Map.of("username", "johndoe", "password", "secret"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("access_token", "johndoe", "token_type", "bearer"));
    }

    @Test
    void loginIncorrectPassword() {
        TestResponse response = login(Map.of("username", "johndoe", "password", "incorrect"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Incorrect username or password"));
    }

    @Test
    void loginIncorrectUsername() {
        TestResponse response = login(Map.of("username", "foo", "password", "secret"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Incorrect username or password"));
    }

    @Test
    void loginWithoutTheFormIs422() {
        TestResponse response = login(Map.of("grant_type", "password"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(json("""
                {"detail":[{"type":"missing","loc":["body","username"],"msg":"Field required","input":null},
                           {"type":"missing","loc":["body","password"],"msg":"Field required","input":null}]}"""));
    }

    @Test
    void noToken() {
        assertNotAuthenticated(client.get("/users/me"), "Bearer");
    }

    @Test
    void token() {
        TestResponse response = me("Bearer johndoe");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(json("""
                {"username":"johndoe","full_name":"John Doe","email":"johndoe@example.com",
                 "hashed_password":"fakehashedsecret","disabled":false}"""));
    }

    @Test
    void incorrectToken() {
        TestResponse response = me("Bearer nonexistent");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Not authenticated"));
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void incorrectTokenType() {
        assertNotAuthenticated(me("Notexistent testtoken"), "Bearer");
    }

    @Test
    void inactiveUser() {
        TestResponse response = me("Bearer alice");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Inactive user"));
    }

    @Test
    void openapiSchema() {
        Object document = client.get("/openapi.json").json();
        assertThat(at(document, "paths", "/token", "post", "requestBody")).isEqualTo(json("""
                {"content":{"application/x-www-form-urlencoded":{"schema":{
                  "$ref":"#/components/schemas/Body_login_token_post"}}},"required":true}"""));
        assertThat(at(document, "paths", "/token", "post", "operationId")).isEqualTo("login_token_post");
        assertThat(((Map<?, ?>) at(document, "paths", "/token", "post", "responses")).keySet())
                .isEqualTo(java.util.Set.of("200", "422"));
        assertThat(at(document, "paths", "/users/me", "get", "security"))
                .isEqualTo(json("[{\"OAuth2PasswordBearer\":[]}]"));
        assertThat(at(document, "components", "schemas", "Body_login_token_post"))
                .isEqualTo(json("""
                {"title":"Body_login_token_post","required":["username","password"],"type":"object",
                 "properties":{
                   "grant_type":{"title":"Grant Type",
                                 "anyOf":[{"pattern":"^password$","type":"string"},{"type":"null"}]},
                   "username":{"title":"Username","type":"string"},
                   "password":{"title":"Password","type":"string","format":"password"},
                   "scope":{"title":"Scope","type":"string","default":""},
                   "client_id":{"title":"Client Id","anyOf":[{"type":"string"},{"type":"null"}]},
                   "client_secret":{"title":"Client Secret","anyOf":[{"type":"string"},{"type":"null"}],
                                    "format":"password"}}}"""));
        assertThat(at(document, "components", "securitySchemes")).isEqualTo(json("""
                {"OAuth2PasswordBearer":{"type":"oauth2","flows":{"password":{"scopes":{},"tokenUrl":"token"}}}}"""));
    }
}
