package io.griddle.examples.tutorial.response_directly;

import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_response_directly/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void pathOperation() {
        TestResponse response = client.put(
                "/items/1", Map.of("title", "Foo", "timestamp", "2023-01-01T12:00:00", "description", "A test item"));
        Spec.assertJson(response, 200, """
                {"description":"A test item","timestamp":"2023-01-01T12:00:00","title":"Foo"}""");
    }

    @Test
    void openapiSchema() {
        Map<String, Object> document = Spec.openapi(client);
        Map<String, Object> operation = Spec.operation(document, "/items/{id}", "put");
        assertThat(operation.get("operationId")).isEqualTo("updateItem_items__id__put");
        assertThat(operation.get("summary")).isEqualTo("Update Item");
        assertThat(operation.get("parameters")).isEqualTo(json("""
                [{"in":"path","name":"id","required":true,"schema":{"title":"Id","type":"string"}}]"""));
        assertThat(operation.get("requestBody")).isEqualTo(json("""
                {"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Item"}}},"required":true}"""));
        assertThat(Spec.at(operation, "responses", "200")).isEqualTo(json("""
                {"content":{"application/json":{"schema":{}}},"description":"Successful Response"}"""));
        assertThat(Spec.component(document, "Item")).isEqualTo(json("""
                {"properties":{"title":{"title":"Title","type":"string"},
                               "timestamp":{"format":"date-time","title":"Timestamp","type":"string"},
                               "description":{"anyOf":[{"type":"string"},{"type":"null"}],"title":"Description"}},
                 "required":["title","timestamp"],"title":"Item","type":"object"}"""));
    }
}
