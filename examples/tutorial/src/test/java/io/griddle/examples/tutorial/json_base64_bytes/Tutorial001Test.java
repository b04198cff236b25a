package io.griddle.examples.tutorial.json_base64_bytes;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_json_base64_bytes/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void postData() {
        assertJson(client.post("/data", Map.of("description", "A file", "data", "SGVsbG8sIFdvcmxkIQ==")), 200, """
                {"description": "A file", "content": "Hello, World!"}""");
    }

    @Test
    void getData() {
        assertJson(client.get("/data"), 200, """
                {"description": "A plumbus", "data": "aGVsbG8="}""");
    }

    @Test
    void postDataInOut() {
        assertJson(
                client.post("/data-in-out", Map.of("description", "A plumbus", "data", "SGVsbG8sIFdvcmxkIQ==")),
                200,
                """
                {"description": "A plumbus", "data": "SGVsbG8sIFdvcmxkIQ=="}""");
    }

    @Test
    void dataThatIsNotBase64IsA422() {
        var response = client.post("/data", Map.of("description", "A file", "data", "not base64!"));
        // Beyond FastAPI's test: bad base64 is a 422 at the field.
        assertJson(response, 422, """
                {"detail": [{"type": "bytes_invalid_encoding", "loc": ["body", "data"],
                  "msg": "Data should be valid base64", "input": "not base64!"}]}""");
    }

    @Test
    void openApiSchema() {
        var document = Spec.openapi(client);
        var getData = Spec.operation(document, "/data", "get");
        assertThat(getData.get("summary")).isEqualTo("Get Data");
        assertThat(getData.get("operationId")).isEqualTo("getData_data_get");
        assertThat(getData.get("responses")).isEqualTo(json("""
                {"200": {"description": "Successful Response",
                         "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DataOutput"}}}}}"""));
        var postData = Spec.operation(document, "/data", "post");
        assertThat(postData.get("summary")).isEqualTo("Post Data");
        assertThat(postData.get("operationId")).isEqualTo("postData_data_post");
        assertThat(postData.get("requestBody")).isEqualTo(json("""
                {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/DataInput"}}}, "required": true}"""));
        assertThat(Spec.at(postData, "responses", "422", "content", "application/json", "schema"))
                .isEqualTo(json("""
                {"$ref": "#/components/schemas/HTTPValidationError"}"""));
        var inOut = Spec.operation(document, "/data-in-out", "post");
        assertThat(inOut.get("summary")).isEqualTo("Post Data In Out");
        assertThat(inOut.get("operationId")).isEqualTo("postDataInOut_data_in_out_post");
        assertThat(inOut.get("requestBody")).isEqualTo(json("""
                {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/DataInputOutput"}}},
                 "required": true}"""));
        assertThat(Spec.at(inOut, "responses", "200")).isEqualTo(json("""
                {"description": "Successful Response",
                 "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DataInputOutput"}}}}"""));
        for (String name : new String[] {"DataInput", "DataOutput", "DataInputOutput"}) {
            assertThat(Spec.component(document, name)).as(name).isEqualTo(json("""
                    {"properties": {"description": {"type": "string", "title": "Description"},
                                    "data": {"type": "string", "contentEncoding": "base64",
                                             "contentMediaType": "application/octet-stream", "title": "Data"}},
                     "type": "object", "required": ["description", "data"], "title": "%s"}""".formatted(name)));
        }
        assertThat(Spec.keys(document, "components", "schemas"))
                .containsExactlyInAnyOrder(
                        "DataInput", "DataOutput", "DataInputOutput", "HTTPValidationError", "ValidationError");
    }
}
