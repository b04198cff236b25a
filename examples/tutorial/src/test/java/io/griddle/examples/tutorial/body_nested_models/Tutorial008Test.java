package io.griddle.examples.tutorial.body_nested_models;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_body_nested_models/test_tutorial008, as the specification. */
class Tutorial008Test {

    private final TestClient client = TestClient.of(Tutorial008.app());

    @AfterEach
    void close() {
        client.close();
    }

    // As FastAPI's test: posts to /images/multiple and follows the 307 slash redirect to /images/multiple/.
    @Test
    void aListOfImages() {
        var data = List.of(
                Map.of("url", "http://example.com/", "name", "Example"),
                Map.of("url", "http://fastapi.tiangolo.com/", "name", "FastAPI"));
        var response = client.post("/images/multiple", data);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(data);
    }

    @Test
    void aBadUrlIsLocatedByIndex() {
        assertJson(
                client.post("/images/multiple", List.of(Map.of("url", "not a valid url", "name", "Example"))),
                422,
                """
                {"detail": [{"type": "url_parsing", "loc": ["body", 0, "url"],
                             "msg": "Input should be a valid URL, relative URL without a base",
                             "input": "not a valid url", "ctx": {"error": "relative URL without a base"}}]}""");
    }

    @Test
    void anObjectIsNotAList() {
        assertJson(client.post("/images/multiple", Map.of("url", "http://example.com/", "name", "Example")), 422, """
                {"detail": [{"type": "list_type", "loc": ["body"], "msg": "Input should be a valid list",
                             "input": {"url": "http://example.com/", "name": "Example"}}]}""");
    }

    @Test
    void openApiHasAnArrayBody() {
        assertThat(Spec.requestSchema(Spec.operation(Spec.openapi(client), "/images/multiple/", "post")))
                .isEqualTo(json("""
                {"title": "Images", "type": "array", "items": {"$ref": "#/components/schemas/Image"}}"""));
    }
}
