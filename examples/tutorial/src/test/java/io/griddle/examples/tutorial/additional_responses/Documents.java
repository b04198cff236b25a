package io.griddle.examples.tutorial.additional_responses;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;

/** What FastAPI's additional_responses tests share: the schemas, the operation around its responses, the image. */
final class Documents {

    static final String ITEM = """
            "Item": {"title": "Item", "required": ["id", "value"], "type": "object",
                     "properties": {"id": {"title": "Id", "type": "string"},
                                    "value": {"title": "Value", "type": "string"}}},""";

    static final String MESSAGE = """
            "Message": {"title": "Message", "required": ["message"], "type": "object",
                        "properties": {"message": {"title": "Message", "type": "string"}}},""";

    static final String ITEM_ID = """
            {"required": true, "schema": {"title": "Item Id", "type": "string"}, "name": "item_id", "in": "path"}""";

    static final String IMG = """
            {"required": false, "schema": {"anyOf": [{"type": "boolean"}, {"type": "null"}], "title": "Img"},
             "name": "img", "in": "query"}""";

    private Documents() {}

    /** Asserts the whole document: {@code GET /items/{item_id}} with these responses and parameters. */
    static void assertDocument(TestClient client, String responses, String parameters, String schemas) {
        String paths = """
                "/items/{item_id}": {"get": {
                  "responses": {%s, %s},
                  "summary": "Read Item", "operationId": "readItem_items__item_id__get",
                  "parameters": [%s]}}""".formatted(responses, ExpectedJson.VALIDATION_RESPONSE, parameters);
        assertThat(Spec.openapi(client)).isEqualTo(ExpectedJson.openapi(paths, schemas));
    }

    /** FastAPI's {@code test_path_operation_img}: a PNG for {@code ?img=1}. */
    static void assertImage(TestClient client) {
        TestResponse response = client.get("/items/foo?img=1");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).isEqualTo("image/png");
        assertThat(response.bytes()).isNotEmpty().startsWith(0x89, 'P', 'N', 'G');
    }
}
