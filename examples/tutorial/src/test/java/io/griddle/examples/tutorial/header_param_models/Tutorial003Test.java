package io.griddle.examples.tutorial.header_param_models;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestRequest;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_header_param_models/test_tutorial003, as the specification. Griddle's
 * TestClient sends {@code host} and no {@code user-agent}, {@code accept} or {@code connection} of its own, so
 * inputs that show every header list only those the test sends.
 */
class Tutorial003Test {

    private final TestClient client = TestClient.of(Tutorial003.app());

    @AfterEach
    void close() {
        client.close();
    }

    private TestResponse send(String[] headers) {
        // Python's client sends Host: testserver on every request; Griddle's TestClient sends what it is given.
        TestRequest request = client.request("GET", "/items/").header("host", "testserver");
        for (int i = 0; i < headers.length; i += 2) {
            request = request.header(headers[i], headers[i + 1]);
        }
        return request.send();
    }

    @Test
    void headerParamModel() {
        assertJson(
                send(new String[] {
                    "save_data",
                    "true",
                    "if_modified_since",
                    "yesterday",
                    "traceparent",
                    "123",
                    "x_tag",
                    "one",
                    "x_tag",
                    "two"
                }),
                200,
                """
                {"host": "testserver", "save_data": true, "if_modified_since": "yesterday", "traceparent": "123",
                 "x_tag": ["one", "two"]}""");
    }

    @Test
    void headerParamModelDefaults() {
        assertJson(send(new String[] {"save_data", "true"}), 200, """
                {"host": "testserver", "save_data": true, "if_modified_since": null, "traceparent": null, "x_tag": []}""");
    }

    @Test
    void headerParamModelInvalid() {
        assertJson(send(new String[0]), 422, """
                {"detail": [{"type": "missing", "loc": ["header", "save_data"], "msg": "Field required",
                  "input": {"x_tag": [], "host": "testserver"}}]}""");
    }

    @Test
    void headerParamModelExtraIsIgnored() {
        assertJson(send(new String[] {"save_data", "true", "tool", "plumbus"}), 200, """
                {"host": "testserver", "save_data": true, "if_modified_since": null, "traceparent": null, "x_tag": []}""");
    }

    // Hyphenated names are not the components: they are other headers, shown in the input of the missing field.
    @Test
    void headerParamModelNoUnderscore() {
        assertJson(
                send(new String[] {
                    "save-data",
                    "true",
                    "if-modified-since",
                    "yesterday",
                    "traceparent",
                    "123",
                    "x-tag",
                    "one",
                    "x-tag",
                    "two"
                }),
                422,
                """
                {"detail": [{"type": "missing", "loc": ["header", "save_data"], "msg": "Field required",
                  "input": {"host": "testserver", "traceparent": "123", "x_tag": [], "save-data": "true",
                            "if-modified-since": "yesterday", "x-tag": ["one", "two"]}}]}""");
    }

    @Test
    void openApiListsEachComponentAsAHeaderParameter() {
        var operation = Spec.operation(Spec.openapi(client), "/items/", "get");
        assertThat(operation.get("parameters")).isEqualTo(json("""
                [{"name": "host", "in": "header", "required": true, "schema": {"type": "string", "title": "Host"}},
                 {"name": "save_data", "in": "header", "required": true,
                  "schema": {"type": "boolean", "title": "Save Data"}},
                 {"name": "if_modified_since", "in": "header", "required": false,
                  "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "If Modified Since"}},
                 {"name": "traceparent", "in": "header", "required": false,
                  "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Traceparent"}},
                 {"name": "x_tag", "in": "header", "required": false,
                  "schema": {"type": "array", "items": {"type": "string"}, "default": [], "title": "X Tag"}}]"""));
    }
}
