package io.griddle.examples.tutorial.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.http.Json;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_security/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    static Object json(String text) {
        return Json.read(text.getBytes(StandardCharsets.UTF_8), Object.class);
    }

    static void assertNotAuthenticated(TestResponse response, String challenge) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Not authenticated"));
        assertThat(response.header("WWW-Authenticate")).isEqualTo(challenge);
    }

    @SuppressWarnings("unchecked")
    static Object at(Object node, String... path) {
        for (String step : path) {
            node = ((Map<String, Object>) node).get(step);
        }
        return node;
    }

    // As FastAPI's test: asks for /items and follows the 307 slash redirect to /items/.
    @Test
    void noToken() {
        assertNotAuthenticated(client.get("/items"), "Bearer");
    }

    @Test
    void token() {
        TestResponse response = client.request("GET", "/items")
                .header("Authorization", "Bearer testtoken")
                .send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("token", "testtoken"));
    }

    @Test
    void incorrectToken() {
        assertNotAuthenticated(
                client.request("GET", "/items")
                        .header("Authorization", "Notexistent testtoken")
                        .send(),
                "Bearer");
    }

    @Test
    void openapiSchema() {
        Object document = client.get("/openapi.json").json();
        assertThat(at(document, "paths", "/items/", "get")).isEqualTo(json("""
                {"summary":"Read Items","operationId":"readItems_items__get",
                 "security":[{"OAuth2PasswordBearer":[]}],
                 "responses":{"200":{"description":"Successful Response",
                   "content":{"application/json":{"schema":{"type":"object",
                     "additionalProperties":{"type":"string"},"title":"Response Read Items Items  Get"}}}}}}"""));
        assertThat(at(document, "components")).isEqualTo(json("""
                {"securitySchemes":{"OAuth2PasswordBearer":{"type":"oauth2",
                  "flows":{"password":{"scopes":{},"tokenUrl":"token"}}}}}"""));
    }
}
