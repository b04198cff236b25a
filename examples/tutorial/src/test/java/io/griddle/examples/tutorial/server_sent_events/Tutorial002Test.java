package io.griddle.examples.tutorial.server_sent_events;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_server_sent_events/test_tutorial002, as the specification. */
class Tutorial002Test {

    private final TestClient client = TestClient.of(Tutorial002.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void streamItems() {
        TestResponse response = client.get("/items/stream");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).isEqualTo("text/event-stream; charset=utf-8");
        List<String> lines = List.of(response.text().strip().split("\n"));
        assertThat(lines.get(0)).isEqualTo(": stream of item updates");
        assertThat(Tutorial001Test.lines(response, "event: "))
                .hasSize(3)
                .allMatch(line -> line.equals("event: item_update"));
        assertThat(Tutorial001Test.lines(response, "data: ")).hasSize(3);
        assertThat(Tutorial001Test.lines(response, "id: ")).containsExactly("id: 1", "id: 2", "id: 3");
        assertThat(Tutorial001Test.lines(response, "retry: ")).hasSize(3).allMatch(line -> line.equals("retry: 5000"));
    }

    @Test
    void openapiSchema() {
        assertThat(client.get("/openapi.json").json())
                .isEqualTo(ExpectedJson.parse("""
                {"openapi": "3.1.0", "info": {"title": "Griddle", "version": "0.1.0"},
                 "paths": {"/items/stream": {"get": {"summary": "Stream Items",
                   "operationId": "streamItems_items_stream_get",
                   "responses": {"200": {"description": "Successful Response",
                                         "content": {"text/event-stream": {%s}}}}}}}}""".formatted(Tutorial001Test.SSE_PLAIN)));
    }
}
