package io.griddle.examples.tutorial.request_files;

import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.Multipart;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_request_files/test_tutorial002, as the specification. */
class Tutorial002Test {

    private static final String MISSING = """
            {"detail":[{"type":"missing","loc":["body","files"],"msg":"Field required","input":null}]}""";

    private final TestClient client = TestClient.of(Tutorial002.app());

    @AfterEach
    void close() {
        client.close();
    }

    private TestResponse twoFiles(String path) {
        return client.request("POST", path)
                .multipart(Multipart.create()
                        .file("files", "test.txt", "text/plain", Tutorial001Test.text("<file content>"))
                        .file("files", "test2.txt", "text/plain", Tutorial001Test.text("<file content2>")))
                .send();
    }

    @Test
    void postFormNoBody() {
        Spec.assertJson(client.request("POST", "/files/").send(), 422, MISSING);
    }

    @Test
    void postBodyJson() {
        Spec.assertJson(client.post("/files/", Map.of("file", "Foo")), 422, MISSING);
    }

    @Test
    void postFiles() {
        Spec.assertJson(twoFiles("/files/"), 200, "{\"file_sizes\":[14,15]}");
    }

    @Test
    void postUploadFile() {
        Spec.assertJson(twoFiles("/uploadfiles/"), 200, "{\"filenames\":[\"test.txt\",\"test2.txt\"]}");
    }

    @Test
    void getRoot() {
        TestResponse response = client.get("/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).contains("<form");
    }

    @Test
    void openapiSchema() {
        Map<String, Object> document = Spec.openapi(client);
        assertThat(Spec.component(document, "Body_createFiles_files__post")).isEqualTo(json("""
                {"title":"Body_createFiles_files__post","required":["files"],"type":"object",
                 "properties":{"files":{"title":"Files","type":"array",
                   "items":{"type":"string","contentMediaType":"application/octet-stream"}}}}"""));
        assertThat(Spec.component(document, "Body_createUploadFiles_uploadfiles__post"))
                .isEqualTo(json("""
                {"title":"Body_createUploadFiles_uploadfiles__post","required":["files"],"type":"object",
                 "properties":{"files":{"title":"Files","type":"array",
                   "items":{"type":"string","contentMediaType":"application/octet-stream"}}}}"""));
    }
}
