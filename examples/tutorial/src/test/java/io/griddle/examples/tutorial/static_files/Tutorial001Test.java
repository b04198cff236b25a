package io.griddle.examples.tutorial.static_files;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FastAPI's tests/test_tutorial/test_static_files/test_tutorial001, as the specification. */
class Tutorial001Test {

    @TempDir
    Path workdir;

    private TestClient client() throws Exception {
        Path staticDir = Files.createDirectories(workdir.resolve("static"));
        Files.writeString(staticDir.resolve("sample.txt"), "This is a sample static file.");
        return TestClient.of(Tutorial001.app(staticDir));
    }

    @Test
    void staticFiles() throws Exception {
        try (TestClient client = client()) {
            TestResponse response = client.get("/static/sample.txt");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).isEqualTo("This is a sample static file.");
        }
    }

    @Test
    void staticFilesNotFound() throws Exception {
        try (TestClient client = client()) {
            assertThat(client.get("/static/non_existent_file.txt").status()).isEqualTo(404);
        }
    }

    @Test
    void openapiSchema() throws Exception {
        try (TestClient client = client()) {
            Map<String, Object> document = Spec.openapi(client);
            assertThat(document.get("openapi")).isEqualTo("3.1.0");
            assertThat(document.get("paths")).isEqualTo(Map.of());
            assertThat(document).doesNotContainKey("servers");
        }
    }

    @Test
    void aMissingStaticDirectoryFailsAtStartup() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> TestClient.of(Tutorial001.app(workdir.resolve("none"))))
                .hasMessageContaining("startup failed");
    }
}
