package io.griddle.examples.tutorial.stream_json_lines;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import io.griddle.test.TestStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FastAPI's tests/test_tutorial/test_stream_json_lines/test_tutorial001, as the specification. */
class Tutorial001Test {

    private static final List<Object> EXPECTED_ITEMS = List.of(
            Map.of("name", "Plumbus", "description", "A multi-purpose household device."),
            Map.of("name", "Portal Gun", "description", "A portal opening device."),
            Map.of("name", "Meeseeks Box", "description", "A box that summons a Meeseeks."));

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
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
        assertThat(response.header("content-type")).isEqualTo("application/jsonl");
        List<Object> lines =
                response.text().strip().lines().map(ExpectedJson::parse).toList();
        assertThat(lines).isEqualTo(EXPECTED_ITEMS);
    }

    @Test
    void linesAreReadOneByOne() {
        try (TestStream lines = client.stream("GET", "/items/stream-no-async")) {
            for (Object expected : EXPECTED_ITEMS) {
                assertThat(ExpectedJson.parse(lines.nextLine())).isEqualTo(expected);
            }
            assertThat(lines.nextLine()).isNull();
        }
    }

    private static String operation(String path, String summary, String operationId, String itemSchema) {
        return """
                "%s": {"get": {"summary": "%s", "operationId": "%s",
                  "responses": {"200": {"description": "Successful Response",
                                        "content": {"application/jsonl": {"itemSchema": %s}}}}}}""".formatted(path, summary, operationId, itemSchema);
    }

    // FastAPI's `description: str | None` (required, nullable) is a plain required String here
    // (docs/tutorial/stream_json_lines.md).
    @Test
    void openapiSchema() {
        String item = "{\"$ref\": \"#/components/schemas/Item\"}";
        assertThat(client.get("/openapi.json").json()).isEqualTo(ExpectedJson.parse("""
                {"openapi": "3.1.0", "info": {"title": "Griddle", "version": "0.1.0"},
                 "paths": {%s, %s, %s, %s},
                 "components": {"schemas": {"Item": {
                   "properties": {"name": {"type": "string", "title": "Name"},
                                  "description": {"type": "string", "title": "Description"}},
                   "type": "object", "required": ["name", "description"], "title": "Item"}}}}""".formatted(
                        operation("/items/stream", "Stream Items", "streamItems_items_stream_get", item),
                        operation(
                                "/items/stream-no-async",
                                "Stream Items No Async",
                                "streamItemsNoAsync_items_stream_no_async_get",
                                item),
                        operation(
                                "/items/stream-no-annotation",
                                "Stream Items No Annotation",
                                "streamItemsNoAnnotation_items_stream_no_annotation_get",
                                "{}"),
                        operation(
                                "/items/stream-no-async-no-annotation",
                                "Stream Items No Async No Annotation",
                                "streamItemsNoAsyncNoAnnotation_items_stream_no_async_no_annotation_get",
                                "{}"))));
    }
}
