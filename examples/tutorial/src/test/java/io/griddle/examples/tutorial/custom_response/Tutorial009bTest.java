package io.griddle.examples.tutorial.custom_response;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FastAPI's tests/test_tutorial/test_custom_response/test_tutorial009b, as the specification. */
class Tutorial009bTest {

    @TempDir
    Path tmp;

    @Test
    void get() throws Exception {
        Path file = Files.write(tmp.resolve("large-video-file.mp4"), "Fake video bytes".getBytes());
        try (TestClient client = TestClient.of(Tutorial009b.app(file))) {
            TestResponse response = client.get("/");
            assertThat(response.bytes()).isEqualTo("Fake video bytes".getBytes());
            assertThat(response.header("content-type")).isEqualTo("video/mp4");
            assertThat(response.header("accept-ranges")).isEqualTo("bytes");
        }
    }
}
