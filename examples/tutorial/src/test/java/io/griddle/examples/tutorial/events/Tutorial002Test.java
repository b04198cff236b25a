package io.griddle.examples.tutorial.events;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FastAPI's tests/test_tutorial/test_events/test_tutorial002, as the specification. */
class Tutorial002Test {

    @TempDir
    Path dir;

    @Test
    void theShutdownHookWritesTheLog() throws IOException {
        Path log = dir.resolve("log.txt");
        try (TestClient client = TestClient.of(Tutorial002.app(log))) {
            assertJson(client.get("/items/"), 200, """
                    [{"name": "Foo"}]""");
            assertThat(log).doesNotExist();
        }
        assertThat(Files.readString(log)).contains("Application shutdown");
    }

    @Test
    void openApiSchema() {
        try (TestClient client = TestClient.of(Tutorial002.app(dir.resolve("log.txt")))) {
            Map<String, Object> document = Spec.openapi(client);
            assertThat(Spec.at(document, "paths")).isEqualTo(json("""
                    {"/items/": {"get": {
                        "responses": {"200": {"description": "Successful Response",
                                              "content": {"application/json": {"schema": {}}}}},
                        "summary": "Read Items",
                        "operationId": "readItems_items__get"}}}"""));
            assertThat(document).doesNotContainKey("components");
        }
    }
}
