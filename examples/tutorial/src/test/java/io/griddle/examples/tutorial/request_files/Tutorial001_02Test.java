package io.griddle.examples.tutorial.request_files;

import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_request_files/test_tutorial001_02, as the specification. */
class Tutorial001_02Test {

    private final TestClient client = TestClient.of(Tutorial001_02.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void postFormNoBody() {
        Spec.assertJson(client.request("POST", "/files/").send(), 200, "{\"message\":\"No file sent\"}");
    }

    @Test
    void postUploadfileNoBody() {
        Spec.assertJson(client.request("POST", "/uploadfile/").send(), 200, "{\"message\":\"No upload file sent\"}");
    }

    @Test
    void postFile() {
        Spec.assertJson(
                Tutorial001Test.upload(client, "/files/", "file", Tutorial001Test.text("<file content>")),
                200,
                "{\"file_size\":14}");
    }

    @Test
    void postUploadFile() {
        Spec.assertJson(
                Tutorial001Test.upload(client, "/uploadfile/", "file", Tutorial001Test.text("<file content>")),
                200,
                "{\"filename\":\"test.txt\"}");
    }

    @Test
    void openapiSchema() {
        Map<String, Object> document = Spec.openapi(client);
        assertThat(Spec.operation(document, "/files/", "post").get("requestBody"))
                .isEqualTo(json("""
                {"content":{"multipart/form-data":{"schema":{
                  "$ref":"#/components/schemas/Body_createFile_files__post"}}}}"""));
        assertThat(Spec.component(document, "Body_createFile_files__post")).isEqualTo(json("""
                {"title":"Body_createFile_files__post","type":"object",
                 "properties":{"file":{"title":"File","anyOf":[
                   {"type":"string","contentMediaType":"application/octet-stream"},{"type":"null"}]}}}"""));
    }
}
