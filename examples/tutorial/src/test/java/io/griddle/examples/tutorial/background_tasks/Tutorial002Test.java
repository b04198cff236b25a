package io.griddle.examples.tutorial.background_tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FastAPI's tests/test_tutorial/test_background_tasks/test_tutorial002, as the specification. */
class Tutorial002Test {

    @Test
    void theDependencysTaskRunsBeforeTheHandlers(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("log.txt");
        try (TestClient client = TestClient.of(Tutorial002.app(log))) {
            TestResponse response = client.post("/send-notification/foo@example.com?q=some-query", null);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo(Map.of("message", "Message sent"));
            assertThat(Files.readString(log)).contains("found query: some-query\nmessage to foo@example.com");
        }
    }
}
