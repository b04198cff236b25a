package io.griddle.examples.tutorial.request_forms_and_files;

import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.Multipart;
import io.griddle.test.TestClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_request_forms_and_files/test_tutorial001, as the specification. */
class Tutorial001Test {

    private static final String FILE =
            "{\"type\":\"missing\",\"loc\":[\"body\",\"file\"],\"msg\":\"Field required\"," + "\"input\":null}";
    private static final String FILEB = FILE.replace("\"file\"", "\"fileb\"");
    private static final String TOKEN = FILE.replace("\"file\"", "\"token\"");

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void postFormNoBody() {
        Spec.assertJson(
                client.request("POST", "/files/").send(),
                422,
                "{\"detail\":[" + FILE + "," + FILEB + "," + TOKEN + "]}");
    }

    @Test
    void postFormNoFile() {
        Spec.assertJson(
                client.request("POST", "/files/").form(Map.of("token", "foo")).send(),
                422,
                "{\"detail\":[" + FILE + "," + FILEB + "]}");
    }

    @Test
    void postBodyJson() {
        Spec.assertJson(
                client.post("/files/", Map.of("file", "Foo", "token", "Bar")),
                422,
                "{\"detail\":[" + FILE + "," + FILEB + "," + TOKEN + "]}");
    }

    @Test
    void postFileNoToken() {
        Spec.assertJson(
                client.request("POST", "/files/")
                        .multipart(Multipart.create().file("file", "test.txt", "text/plain", utf8("<file content>")))
                        .send(),
                422,
                "{\"detail\":[" + FILEB + "," + TOKEN + "]}");
    }

    @Test
    void postFilesAndToken() {
        Spec.assertJson(
                client.request("POST", "/files/")
                        .multipart(Multipart.create()
                                .field("token", "foo")
                                .file("file", "test.txt", "application/octet-stream", utf8("<file content>"))
                                .file("fileb", "testb.txt", "text/plain", utf8("<file b content>")))
                        .send(),
                200,
                "{\"file_size\":14,\"token\":\"foo\",\"fileb_content_type\":\"text/plain\"}");
    }

    @Test
    void openapiSchema() {
        Map<String, Object> document = Spec.openapi(client);
        assertThat(Spec.operation(document, "/files/", "post").get("requestBody"))
                .isEqualTo(json("""
                {"content":{"multipart/form-data":{"schema":{
                  "$ref":"#/components/schemas/Body_createFile_files__post"}}},"required":true}"""));
        assertThat(Spec.component(document, "Body_createFile_files__post")).isEqualTo(json("""
                {"title":"Body_createFile_files__post","required":["file","fileb","token"],"type":"object",
                 "properties":{
                   "file":{"title":"File","type":"string","contentMediaType":"application/octet-stream"},
                   "fileb":{"title":"Fileb","type":"string","contentMediaType":"application/octet-stream"},
                   "token":{"title":"Token","type":"string"}}}"""));
    }
}
