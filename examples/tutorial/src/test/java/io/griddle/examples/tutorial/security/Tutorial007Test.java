package io.griddle.examples.tutorial.security;

import static io.griddle.examples.tutorial.security.Tutorial001Test.assertNotAuthenticated;
import static io.griddle.examples.tutorial.security.Tutorial001Test.at;
import static io.griddle.examples.tutorial.security.Tutorial001Test.json;
import static io.griddle.examples.tutorial.security.Tutorial006Test.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_security/test_tutorial007, as the specification. */
class Tutorial007Test {

    private final TestClient client = TestClient.of(Tutorial007.app());

    @AfterEach
    void close() {
        client.close();
    }

    private TestResponse me(String authorization) {
        return client.request("GET", "/users/me")
                .header("Authorization", authorization)
                .send();
    }

    @Test
    void securityHttpBasic() {
        TestResponse response = me(basic("stanleyjobson", "swordfish"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("username", "stanleyjobson"));
    }

    @Test
    void securityHttpBasicNoCredentials() {
        assertNotAuthenticated(client.get("/users/me"), "Basic");
    }

    @Test
    void securityHttpBasicInvalidCredentials() {
        assertNotAuthenticated(me("Basic notabase64token"), "Basic");
    }

    @Test
    void securityHttpBasicNonBasicCredentials() {
        String payload = Base64.getEncoder().encodeToString("johnsecret".getBytes(StandardCharsets.US_ASCII));
        assertNotAuthenticated(me("Basic " + payload), "Basic");
    }

    @Test
    void securityHttpBasicInvalidUsername() {
        assertIncorrect(me(basic("alice", "swordfish")));
    }

    @Test
    void securityHttpBasicInvalidPassword() {
        assertIncorrect(me(basic("stanleyjobson", "wrongpassword")));
    }

    private static void assertIncorrect(TestResponse response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Incorrect username or password"));
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Basic");
    }

    @Test
    void openapiSchema() {
        Object document = client.get("/openapi.json").json();
        assertThat(at(document, "paths", "/users/me", "get", "security")).isEqualTo(json("[{\"HTTPBasic\":[]}]"));
        assertThat(at(document, "components", "securitySchemes")).isEqualTo(json("""
                {"HTTPBasic":{"type":"http","scheme":"basic"}}"""));
    }
}
