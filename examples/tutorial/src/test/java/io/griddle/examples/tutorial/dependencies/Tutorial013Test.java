package io.griddle.examples.tutorial.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestStream;
import org.junit.jupiter.api.Test;

/**
 * Tutorial 013 (FastAPI has no test for it): the session {@code GetUser} used stays open while the stream is sent,
 * and is closed after the response.
 */
class Tutorial013Test extends StreamingSessionSpec {

    Tutorial013Test() throws Exception {
        super(Tutorial013::app);
    }

    @Test
    void theSessionStaysOpenWhileTheResponseStreams() throws Exception {
        try (TestStream stream = client.stream("GET", "/generate?query=abc&user_id=1")) {
            assertThat(stream.status()).isEqualTo(200);
            for (int i = 0; i < 3; i++) {
                assertThat(stream.nextChunk()).isNotNull();
                assertThat(database.openSessions())
                        .as("open sessions at chunk %d", i)
                        .isEqualTo(1);
            }
            assertThat(stream.nextChunk()).isNull();
        }
        assertThat(database.openSessionsAfter(EXIT_LIMIT))
                .as("closed after the response")
                .isZero();
    }
}
