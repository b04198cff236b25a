package io.griddle.examples.tutorial.server_sent_events;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestEvent;
import io.griddle.test.TestResponse;
import io.griddle.test.TestStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FastAPI's tests/test_tutorial/test_server_sent_events/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    static List<String> lines(TestResponse response, String prefix) {
        return Arrays.stream(response.text().strip().split("\n"))
                .filter(line -> line.startsWith(prefix))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/items/stream",
                "/items/stream-no-async",
                "/items/stream-no-annotation",
                "/items/stream-no-async-no-annotation"
            })
    void streamItems(String path) {
        TestResponse response = client.get(path);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).isEqualTo("text/event-stream; charset=utf-8");
        assertThat(lines(response, "data: ")).hasSize(3);
    }

    @Test
    void eventsAreReadOneByOne() {
        try (TestStream events = client.stream("GET", "/items/stream")) {
            TestEvent first = events.nextEvent();
            assertThat(first.json())
                    .isEqualTo(Map.of("name", "Plumbus", "description", "A multi-purpose household device."));
            assertThat(events.nextEvent().json())
                    .isEqualTo(Map.of("name", "Portal Gun", "description", "A portal opening device."));
            assertThat(events.nextEvent()).isNotNull();
            assertThat(events.nextEvent()).isNull();
        }
    }

    static final String SSE_DESCRIBED = """
            "itemSchema": {"type": "object",
              "properties": {
                "data": {"type": "string", "contentMediaType": "application/json",
                         "contentSchema": {"$ref": "#/components/schemas/Item"}},
                "event": {"type": "string"}, "id": {"type": "string"},
                "retry": {"type": "integer", "minimum": 0}},
              "required": ["data"]}""";

    static final String SSE_PLAIN = """
            "itemSchema": {"type": "object",
              "properties": {
                "data": {"type": "string"}, "event": {"type": "string"}, "id": {"type": "string"},
                "retry": {"type": "integer", "minimum": 0}}}""";

    private static String operation(String path, String summary, String operationId, String itemSchema) {
        return """
                "%s": {"get": {"summary": "%s", "operationId": "%s",
                  "responses": {"200": {"description": "Successful Response",
                                        "content": {"text/event-stream": {%s}}}}}}""".formatted(path, summary, operationId, itemSchema);
    }

    // FastAPI's `description: str | None` (required, nullable) is a plain required String here: Griddle has no
    // required-but-nullable field (docs/tutorial/server_sent_events.md).
    @Test
    void openapiSchema() {
        Object expected = ExpectedJson.parse("""
                {"openapi": "3.1.0", "info": {"title": "Griddle", "version": "0.1.0"},
                 "paths": {%s, %s, %s, %s},
                 "components": {"schemas": {"Item": {
                   "properties": {"name": {"type": "string", "title": "Name"},
                                  "description": {"type": "string", "title": "Description"}},
                   "type": "object", "required": ["name", "description"], "title": "Item"}}}}""".formatted(
                        operation("/items/stream", "Sse Items", "sseItems_items_stream_get", SSE_DESCRIBED),
                        operation(
                                "/items/stream-no-async",
                                "Sse Items No Async",
                                "sseItemsNoAsync_items_stream_no_async_get",
                                SSE_DESCRIBED),
                        operation(
                                "/items/stream-no-annotation",
                                "Sse Items No Annotation",
                                "sseItemsNoAnnotation_items_stream_no_annotation_get",
                                SSE_PLAIN),
                        operation(
                                "/items/stream-no-async-no-annotation",
                                "Sse Items No Async No Annotation",
                                "sseItemsNoAsyncNoAnnotation_items_stream_no_async_no_annotation_get",
                                SSE_PLAIN)));
        assertThat(client.get("/openapi.json").json()).isEqualTo(expected);
    }
}
