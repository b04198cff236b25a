package io.griddle.examples.tutorial.request_files;

import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.Multipart;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_request_files/test_tutorial001, as the specification. */
class Tutorial001Test {

    static final String MISSING_FILE = """
            {"detail":[{"type":"missing","loc":["body","file"],"msg":"Field required","input":null}]}""";

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    static TestResponse upload(TestClient client, String path, String name, byte[] content) {
        return client.request("POST", path)
                .multipart(Multipart.create().file(name, "test.txt", "text/plain", content))
                .send();
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void postFormNoBody() {
        Spec.assertJson(client.request("POST", "/files/").send(), 422, MISSING_FILE);
    }

    @Test
    void postBodyJson() {
        Spec.assertJson(client.post("/files/", Map.of("file", "Foo")), 422, MISSING_FILE);
    }

    @Test
    void postFile() {
        Spec.assertJson(upload(client, "/files/", "file", text("<file content>")), 200, "{\"file_size\":14}");
    }

    @Test
    void postLargeFile() {
        int size = (1 << 16) + 1;
        Spec.assertJson(upload(client, "/files/", "file", new byte[size]), 200, "{\"file_size\":" + size + "}");
    }

    @Test
    void postUploadFile() {
        Spec.assertJson(
                upload(client, "/uploadfile/", "file", text("<file content>")), 200, "{\"filename\":\"test.txt\"}");
    }

    @Test
    void openapiSchema() {
        Map<String, Object> document = Spec.openapi(client);
        Map<String, Object> files = Spec.operation(document, "/files/", "post");
        assertThat(files.get("summary")).isEqualTo("Create File");
        assertThat(files.get("requestBody")).isEqualTo(json("""
                {"content":{"multipart/form-data":{"schema":{
                  "$ref":"#/components/schemas/Body_createFile_files__post"}}},"required":true}"""));
        assertThat(Spec.component(document, "Body_createFile_files__post")).isEqualTo(json("""
                {"title":"Body_createFile_files__post","required":["file"],"type":"object",
                 "properties":{"file":{"title":"File","type":"string",
                                       "contentMediaType":"application/octet-stream"}}}"""));
        assertThat(Spec.component(document, "Body_createUploadFile_uploadfile__post"))
                .isEqualTo(json("""
                {"title":"Body_createUploadFile_uploadfile__post","required":["file"],"type":"object",
                 "properties":{"file":{"title":"File","type":"string",
                                       "contentMediaType":"application/octet-stream"}}}"""));
    }
}
