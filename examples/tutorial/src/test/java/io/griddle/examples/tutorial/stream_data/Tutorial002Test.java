package io.griddle.examples.tutorial.stream_data;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FastAPI's tests/test_tutorial/test_stream_data/test_tutorial002, as the specification. */
class Tutorial002Test {

    private final TestClient client = TestClient.of(Tutorial002.app());

    @AfterEach
    void close() {
        client.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/image/stream",
                "/image/stream-no-async",
                "/image/stream-no-async-yield-from",
                "/image/stream-no-annotation",
                "/image/stream-no-async-no-annotation"
            })
    void streamImage(String path) {
        TestResponse response = client.get(path);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).isEqualTo("image/png");
        assertThat(response.bytes()).isEqualTo(Tutorial002.BINARY_IMAGE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void openapiSchema() {
        Map<String, Object> document =
                (Map<String, Object>) client.get("/openapi.json").json();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        assertThat(paths).hasSize(5);
        assertThat(((Map<String, Object>) paths.get("/image/stream-no-async-yield-from")).get("get"))
                .isEqualTo(Map.of(
                        "summary", "Stream Image No Async Yield From",
                        "operationId", "streamImageNoAsyncYieldFrom_image_stream_no_async_yield_from_get",
                        "responses",
                                Map.of(
                                        "200",
                                        Map.of(
                                                "description",
                                                "Successful Response",
                                                "content",
                                                Map.of("image/png", Map.of("schema", Map.of("type", "string")))))));
        for (Object path : paths.values()) {
            Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) path).get("get");
            assertThat(operation.get("responses"))
                    .isEqualTo(Map.of(
                            "200",
                            Map.of(
                                    "description",
                                    "Successful Response",
                                    "content",
                                    Map.of("image/png", Map.of("schema", Map.of("type", "string"))))));
        }
    }
}
