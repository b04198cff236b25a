package io.griddle.examples.tutorial.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestStream;
import org.junit.jupiter.api.Test;

/**
 * Tutorial 014 (FastAPI has no test for it): {@code GetUser} closes the session, so no connection is held while the
 * stream is sent.
 */
class Tutorial014Test extends StreamingSessionSpec {

    Tutorial014Test() throws Exception {
        super(Tutorial014::app);
    }

    @Test
    void theSessionIsClosedBeforeTheResponseStreams() throws Exception {
        try (TestStream stream = client.stream("GET", "/generate?query=abc&user_id=1")) {
            assertThat(stream.status()).isEqualTo(200);
            for (int i = 0; i < 3; i++) {
                assertThat(stream.nextChunk()).isNotNull();
                assertThat(database.openSessions())
                        .as("open sessions at chunk %d", i)
                        .isZero();
            }
            assertThat(stream.nextChunk()).isNull();
        }
    }
}
