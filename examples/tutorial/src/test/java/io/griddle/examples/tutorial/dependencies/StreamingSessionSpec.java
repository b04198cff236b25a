package io.griddle.examples.tutorial.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import io.griddle.test.TestStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What tutorials 013 and 014 share (FastAPI has no test for them; these state what its page shows): the stream's
 * content, and 403 {@code {"detail": "Not authorized"}} for a user that is not in the database. Each subclass
 * states when its session is closed.
 */
abstract class StreamingSessionSpec {

    static final Duration EXIT_LIMIT = Duration.ofSeconds(10);

    final UserDatabase database;
    final TestClient client;

    StreamingSessionSpec(Function<String, App> app) throws Exception {
        database = new UserDatabase();
        client = TestClient.of(app.apply(database.url));
        database.addUser(1, "Rick");
    }

    @AfterEach
    void close() throws Exception {
        client.close();
        database.close();
    }

    @Test
    void streamsTheQueryOneCharacterAtATime() {
        try (TestStream stream = client.stream("GET", "/generate?query=hello&user_id=1")) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("content-type"))
                    .as("no media type, as Starlette's")
                    .isNull();
            for (String character : new String[] {"h", "e", "l", "l", "o"}) {
                assertThat(new String(stream.nextChunk(), StandardCharsets.UTF_8))
                        .isEqualTo(character);
            }
            assertThat(stream.nextChunk()).isNull();
        }
    }

    @Test
    void wholeBody() {
        TestResponse response = client.get("/generate?query=Wubba%20lubba&user_id=1");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("Wubba lubba");
    }

    @Test
    void unknownUserIsNotAuthorizedAndItsSessionIsClosed() throws Exception {
        Spec.assertJson(client.get("/generate?query=hello&user_id=2"), 403, """
                {"detail": "Not authorized"}""");
        assertThat(database.openSessionsAfter(EXIT_LIMIT)).isZero();
    }

    @Test
    void userIdIsRequired() {
        assertThat(client.get("/generate?query=hello").status()).isEqualTo(422);
    }
}
