package io.griddle.examples.tutorial.request_forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.http.Json;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_request_forms/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    private static Object json(String text) {
        return Json.read(text.getBytes(StandardCharsets.UTF_8), Object.class);
    }

    private TestResponse postForm(Map<String, ?> data) {
        return client.request("POST", "/login/").form(data).send();
    }

    @Test
    void postBodyForm() {
        TestResponse response = postForm(Map.of("username", "Foo", "password", "secret"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("username", "Foo"));
    }

    @Test
    void postBodyFormNoPassword() {
        TestResponse response = postForm(Map.of("username", "Foo"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(json("""
                {"detail":[{"type":"missing","loc":["body","password"],"msg":"Field required","input":null}]}"""));
    }

    @Test
    void postBodyFormNoUsername() {
        TestResponse response = postForm(Map.of("password", "secret"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(json("""
                {"detail":[{"type":"missing","loc":["body","username"],"msg":"Field required","input":null}]}"""));
    }

    private static final String BOTH_MISSING = """
            {"detail":[{"type":"missing","loc":["body","username"],"msg":"Field required","input":null},
                       {"type":"missing","loc":["body","password"],"msg":"Field required","input":null}]}""";

    @Test
    void postBodyFormNoData() {
        TestResponse response = client.request("POST", "/login/").send();
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(json(BOTH_MISSING));
    }

    @Test
    void postBodyJson() {
        TestResponse response = client.post("/login/", Map.of("username", "Foo", "password", "secret"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(json(BOTH_MISSING));
    }

    @Test
    @SuppressWarnings("unchecked")
    void openapiSchema() {
        Map<String, Object> document =
                (Map<String, Object>) client.get("/openapi.json").json();
        Map<String, Object> post = (Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) document.get("paths")).get("/login/")).get("post");
        assertThat(post.get("summary")).isEqualTo("Login");
        assertThat(post.get("operationId")).isEqualTo("login_login__post");
        assertThat(post.get("requestBody")).isEqualTo(json("""
                {"content":{"application/x-www-form-urlencoded":{"schema":{
                  "$ref":"#/components/schemas/Body_login_login__post"}}},"required":true}"""));
        assertThat((Map<String, Object>) post.get("responses")).containsKeys("200", "422");
        Map<String, Object> schemas =
                (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        assertThat(schemas.get("Body_login_login__post")).isEqualTo(json("""
                {"title":"Body_login_login__post","required":["username","password"],"type":"object",
                 "properties":{"username":{"title":"Username","type":"string"},
                               "password":{"title":"Password","type":"string"}}}"""));
    }
}
