package io.griddle.examples.tutorial.server_sent_events;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_server_sent_events/test_tutorial004, as the specification. */
class Tutorial004Test {

    private final TestClient client = TestClient.of(Tutorial004.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void streamAllItems() {
        TestResponse response = client.get("/items/stream");
        assertThat(response.status()).isEqualTo(200);
        assertThat(Tutorial001Test.lines(response, "data: ")).hasSize(3);
        assertThat(Tutorial001Test.lines(response, "id: ")).containsExactly("id: 0", "id: 1", "id: 2");
    }

    @Test
    void resumeFromLastEventId() {
        TestResponse response = client.request("GET", "/items/stream")
                .header("last-event-id", "0")
                .send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(Tutorial001Test.lines(response, "data: ")).hasSize(2);
        assertThat(Tutorial001Test.lines(response, "id: ")).containsExactly("id: 1", "id: 2");
    }

    @Test
    void resumeFromLastItem() {
        TestResponse response = client.request("GET", "/items/stream")
                .header("last-event-id", "1")
                .send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(Tutorial001Test.lines(response, "data: ")).hasSize(1);
        assertThat(Tutorial001Test.lines(response, "id: ")).containsExactly("id: 2");
    }

    @Test
    void aLastEventIdThatIsNotANumberIs422() {
        TestResponse response = client.request("GET", "/items/stream")
                .header("last-event-id", "x")
                .send();
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(ExpectedJson.parse("""
                {"detail": [{"type": "int_parsing", "loc": ["header", "last-event-id"],
                             "msg": "Input should be a valid integer, unable to parse string as an integer",
                             "input": "x"}]}"""));
    }

    @Test
    void openapiSchema() {
        assertThat(client.get("/openapi.json").json())
                .isEqualTo(ExpectedJson.openapi(
                        """
                "/items/stream": {"get": {"summary": "Stream Items",
                  "operationId": "streamItems_items_stream_get",
                  "parameters": [{"name": "last-event-id", "in": "header", "required": false,
                                  "schema": {"anyOf": [{"type": "integer"}, {"type": "null"}],
                                             "title": "Last-Event-Id"}}],
                  "responses": {"200": {"description": "Successful Response",
                                        "content": {"text/event-stream": {%s}}},
                                %s}}}""".formatted(Tutorial001Test.SSE_PLAIN, ExpectedJson.VALIDATION_RESPONSE), ""));
    }
}
