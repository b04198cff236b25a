package io.griddle.examples.tutorial.custom_response;

import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_custom_response/test_tutorial010, as the specification. */
class Tutorial010Test {

    private final TestClient client =
            TestClient.builder(Tutorial010.app()).followRedirects(false).build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void getCustomResponse() {
        TestResponse response = client.get("/items/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("<h1>Items</h1><p>This is a list of items.</p>");
    }

    @Test
    void openapiSchema() {
        Map<String, Object> operation = Spec.operation(Spec.openapi(client), "/items/", "get");
        assertThat(operation.get("summary")).isEqualTo("Read Items");
        assertThat(operation.get("responses")).isEqualTo(json("""
                {"200":{"description":"Successful Response","content":{"text/html":{"schema":{"type":"string"}}}}}"""));
    }
}
