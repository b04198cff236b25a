package io.griddle.examples.tutorial.encoder;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_encoder/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void put() {
        var response = client.put(
                "/items/123",
                Map.of("title", "Foo", "timestamp", "2023-01-01T12:00:00", "description", "An optional description"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(Tutorial001.FAKE_DB.get("123")).isEqualTo(json("""
                {"title": "Foo", "timestamp": "2023-01-01T12:00:00", "description": "An optional description"}"""));
    }

    // Pydantic names the first bad part ("invalid character in year", also in ctx.error); Griddle's date-time
    // parser says "invalid datetime format", without ctx (docs/tutorial/encoder.md).
    @Test
    void putInvalidData() {
        assertJson(client.put("/items/345", Map.of("title", "Foo", "timestamp", "not a date")), 422, """
                {"detail": [{"loc": ["body", "timestamp"],
                  "msg": "Input should be a valid datetime or date, invalid datetime format",
                  "type": "datetime_from_date_parsing", "input": "not a date"}]}""");
        assertThat(Tutorial001.FAKE_DB).doesNotContainKey("345");
    }

    @Test
    void openApiSchema() {
        var document = Spec.openapi(client);
        assertThat(Spec.component(document, "Item")).isEqualTo(json("""
                {"title": "Item", "required": ["title", "timestamp"], "type": "object",
                 "properties": {"title": {"title": "Title", "type": "string"},
                   "timestamp": {"title": "Timestamp", "type": "string", "format": "date-time"},
                   "description": {"title": "Description", "anyOf": [{"type": "string"}, {"type": "null"}]}}}"""));
    }
}
