package io.griddle.examples.tutorial.background_tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FastAPI's tests/test_tutorial/test_background_tasks/test_tutorial001, as the specification. */
class Tutorial001Test {

    @Test
    void notificationIsWrittenAfterTheResponse(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("log.txt");
        try (TestClient client = TestClient.of(Tutorial001.app(log))) {
            TestResponse response = client.post("/send-notification/foo@example.com", null);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo(Map.of("message", "Notification sent in the background"));
            // The test client, as Starlette's, returns once the request's call ended: its tasks included.
            assertThat(Files.readString(log)).contains("notification for foo@example.com: some notification");
        }
    }
}
