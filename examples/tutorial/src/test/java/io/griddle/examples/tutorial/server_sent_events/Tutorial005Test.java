package io.griddle.examples.tutorial.server_sent_events;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_server_sent_events/test_tutorial005, as the specification. */
class Tutorial005Test {

    private final TestClient client = TestClient.of(Tutorial005.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void streamChat() {
        TestResponse response = client.post("/chat/stream", Map.of("text", "hello world"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).isEqualTo("text/event-stream; charset=utf-8");
        assertThat(Tutorial001Test.lines(response, "event: "))
                .containsExactly("event: token", "event: token", "event: done");
        assertThat(Tutorial001Test.lines(response, "data: "))
                .containsExactly("data: \"hello\"", "data: \"world\"", "data: [DONE]");
    }

    @Test
    void openapiSchema() {
        assertThat(client.get("/openapi.json").json())
                .isEqualTo(ExpectedJson.openapi(
                        """
                "/chat/stream": {"post": {"summary": "Stream Chat",
                  "operationId": "streamChat_chat_stream_post",
                  "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Prompt"}}},
                                  "required": true},
                  "responses": {"200": {"description": "Successful Response",
                                        "content": {"text/event-stream": {%s}}},
                                %s}}}""".formatted(Tutorial001Test.SSE_PLAIN, ExpectedJson.VALIDATION_RESPONSE), """
                "Prompt": {"properties": {"text": {"type": "string", "title": "Text"}},
                           "type": "object", "required": ["text"], "title": "Prompt"},"""));
    }
}
