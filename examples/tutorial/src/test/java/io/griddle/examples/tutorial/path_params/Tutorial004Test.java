package io.griddle.examples.tutorial.path_params;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_path_params/test_tutorial004, as the specification. */
class Tutorial004Test {

    private final TestClient client = TestClient.of(Tutorial004.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void theParameterTakesTheRestOfThePath() {
        assertJson(client.get("/files/home/johndoe/myfile.txt"), 200, """
                {"file_path": "home/johndoe/myfile.txt"}""");
    }

    @Test
    void aLeadingSlashIsKept() {
        assertJson(client.get("/files//home/johndoe/myfile.txt"), 200, """
                {"file_path": "/home/johndoe/myfile.txt"}""");
    }

    @Test
    void openApiWritesThePathWithoutTheConverter() {
        var operation = Spec.operation(Spec.openapi(client), "/files/{file_path}", "get");
        assertThat(operation.get("summary")).isEqualTo("Read File");
        assertThat(Spec.parameter(operation, "file_path")).isEqualTo(json("""
                {"name": "file_path", "in": "path", "required": true, "schema": {"type": "string", "title": "File Path"}}"""));
    }
}
