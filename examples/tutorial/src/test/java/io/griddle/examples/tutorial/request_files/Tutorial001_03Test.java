package io.griddle.examples.tutorial.request_files;

import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_request_files/test_tutorial001_03, as the specification. */
class Tutorial001_03Test {

    private final TestClient client = TestClient.of(Tutorial001_03.app());

    @AfterEach
    void close() {
        client.close();
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
        assertThat(Spec.at(Spec.component(document, "Body_createFile_files__post"), "properties", "file"))
                .isEqualTo(json("""
                        {"title":"File","type":"string","description":"A file read as bytes",
                         "contentMediaType":"application/octet-stream"}"""));
        assertThat(Spec.at(Spec.component(document, "Body_createUploadFile_uploadfile__post"), "properties", "file"))
                .isEqualTo(json("""
                        {"title":"File","type":"string","description":"A file read as UploadFile",
                         "contentMediaType":"application/octet-stream"}"""));
    }
}
