package io.griddle.examples.tutorial.server_sent_events;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_server_sent_events/test_tutorial003, as the specification. */
class Tutorial003Test {

    private final TestClient client = TestClient.of(Tutorial003.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void streamLogs() {
        TestResponse response = client.get("/logs/stream");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).isEqualTo("text/event-stream; charset=utf-8");
        // raw data: no JSON quotes
        assertThat(Tutorial001Test.lines(response, "data: "))
                .containsExactly(
                        "data: 2025-01-01 INFO  Application started",
                        "data: 2025-01-01 DEBUG Connected to database",
                        "data: 2025-01-01 WARN  High memory usage detected");
    }

    @Test
    void openapiSchema() {
        assertThat(client.get("/openapi.json").json())
                .isEqualTo(ExpectedJson.parse("""
                {"openapi": "3.1.0", "info": {"title": "Griddle", "version": "0.1.0"},
                 "paths": {"/logs/stream": {"get": {"summary": "Stream Logs",
                   "operationId": "streamLogs_logs_stream_get",
                   "responses": {"200": {"description": "Successful Response",
                                         "content": {"text/event-stream": {%s}}}}}}}}""".formatted(Tutorial001Test.SSE_PLAIN)));
    }
}
