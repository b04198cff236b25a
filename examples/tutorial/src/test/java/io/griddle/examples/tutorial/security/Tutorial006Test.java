package io.griddle.examples.tutorial.security;

import static io.griddle.examples.tutorial.security.Tutorial001Test.assertNotAuthenticated;
import static io.griddle.examples.tutorial.security.Tutorial001Test.at;
import static io.griddle.examples.tutorial.security.Tutorial001Test.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_security/test_tutorial006, as the specification. */
class Tutorial006Test {

    private final TestClient client = TestClient.of(Tutorial006.app());

    @AfterEach
    void close() {
        client.close();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private TestResponse me(String authorization) {
        return client.request("GET", "/users/me")
                .header("Authorization", authorization)
                .send();
    }

    @Test
    void securityHttpBasic() {
        TestResponse response = me(basic("john", "secret"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("username", "john", "password", "secret"));
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
    void openapiSchema() {
        Object document = client.get("/openapi.json").json();
        assertThat(at(document, "paths", "/users/me", "get", "security")).isEqualTo(json("[{\"HTTPBasic\":[]}]"));
        assertThat(at(document, "paths", "/users/me", "get", "summary")).isEqualTo("Read Current User");
        assertThat(at(document, "components")).isEqualTo(json("""
                {"securitySchemes":{"HTTPBasic":{"type":"http","scheme":"basic"}}}"""));
    }
}
