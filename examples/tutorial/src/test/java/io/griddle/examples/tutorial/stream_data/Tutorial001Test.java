package io.griddle.examples.tutorial.stream_data;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FastAPI's tests/test_tutorial/test_stream_data/test_tutorial001, as the specification. */
class Tutorial001Test {

    private static final String EXPECTED_TEXT = ""
            + "Rick: (stumbles in drunkenly, and turns on the lights)"
            + " Morty! You gotta come on. You got--... you gotta come with me."
            + "Morty: (rubs his eyes) What, Rick? What's going on?"
            + "Rick: I got a surprise for you, Morty."
            + "Morty: It's the middle of the night. What are you talking about?"
            + "Rick: (spills alcohol on Morty's bed) Come on, I got a surprise for you."
            + " (drags Morty by the ankle) Come on, hurry up."
            + " (pulls Morty out of his bed and into the hall)"
            + "Morty: Ow! Ow! You're tugging me too hard!"
            + "Rick: We gotta go, gotta get outta here, come on."
            + " Got a surprise for you Morty.";

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/story/stream",
                "/story/stream-no-async",
                "/story/stream-no-annotation",
                "/story/stream-no-async-no-annotation",
                "/story/stream-bytes",
                "/story/stream-no-async-bytes",
                "/story/stream-no-annotation-bytes",
                "/story/stream-no-async-no-annotation-bytes"
            })
    void streamStory(String path) {
        TestResponse response = client.get(path);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo(EXPECTED_TEXT);
    }

    // Raw chunks without a media type: the 200 response has no content, as FastAPI documents StreamingResponse.
    @Test
    @SuppressWarnings("unchecked")
    void openapiSchema() {
        Map<String, Object> document =
                (Map<String, Object>) client.get("/openapi.json").json();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        assertThat(paths.keySet())
                .containsExactly(
                        "/story/stream",
                        "/story/stream-no-async",
                        "/story/stream-no-annotation",
                        "/story/stream-no-async-no-annotation",
                        "/story/stream-bytes",
                        "/story/stream-no-async-bytes",
                        "/story/stream-no-annotation-bytes",
                        "/story/stream-no-async-no-annotation-bytes");
        Map<String, Object> get = (Map<String, Object>) ((Map<String, Object>) paths.get("/story/stream")).get("get");
        assertThat(get)
                .isEqualTo(Map.of(
                        "summary", "Stream Story",
                        "operationId", "streamStory_story_stream_get",
                        "responses", Map.of("200", Map.of("description", "Successful Response"))));
        for (Object path : paths.values()) {
            Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) path).get("get");
            assertThat(operation.get("responses"))
                    .isEqualTo(Map.of("200", Map.of("description", "Successful Response")));
        }
        assertThat(document).doesNotContainKey("components");
    }
}
