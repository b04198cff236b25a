package io.griddle.examples.tutorial.custom_response;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FastAPI's tests/test_tutorial/test_custom_response/test_tutorial008, as the specification. */
class Tutorial008Test {

    @Test
    void get(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("large-video-file.mp4");
        byte[] content = "Fake video bytes".getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        try (TestClient client = TestClient.of(Tutorial008.app(file))) {
            TestResponse response = client.get("/");
            assertThat(response.bytes()).isEqualTo(content);
            assertThat(response.header("content-type")).isEqualTo("video/mp4");
        }
    }

    @Test
    void aFileLargerThanAChunkArrivesWhole(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("large-video-file.mp4");
        byte[] content = new byte[200_000];
        new java.util.Random(8).nextBytes(content);
        Files.write(file, content);
        try (TestClient client = TestClient.of(Tutorial008.app(file))) {
            assertThat(client.get("/").bytes()).isEqualTo(content);
        }
    }
}
