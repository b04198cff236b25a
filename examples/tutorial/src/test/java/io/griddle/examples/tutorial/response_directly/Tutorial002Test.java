package io.griddle.examples.tutorial.response_directly;

import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_response_directly/test_tutorial002, as the specification. */
class Tutorial002Test {

    private final TestClient client = TestClient.of(Tutorial002.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void pathOperation() {
        String expected = "<?xml version=\"1.0\"?>\n    <shampoo>\n    <Header>\n        Apply shampoo here.\n"
                + "    </Header>\n    <Body>\n        You'll have to use soap here.\n    </Body>\n    </shampoo>\n    ";
        TestResponse response = client.get("/legacy/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).isEqualTo("application/xml");
        assertThat(response.text()).isEqualTo(expected);
    }

    @Test
    void openapiSchema() {
        Map<String, Object> operation = Spec.operation(Spec.openapi(client), "/legacy/", "get");
        assertThat(operation.get("operationId")).isEqualTo("getLegacyData_legacy__get");
        assertThat(operation.get("summary")).isEqualTo("Get Legacy Data");
        assertThat(operation.get("responses")).isEqualTo(json("""
                {"200":{"content":{"application/json":{"schema":{}}},"description":"Successful Response"}}"""));
    }
}
