package io.griddle.examples.tutorial.custom_response;

import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_custom_response/test_tutorial006c, as the specification. */
class Tutorial006cTest {

    private final TestClient client =
            TestClient.builder(Tutorial006c.app()).followRedirects(false).build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void getCustomResponse() {
        TestResponse response = client.get("/pydantic");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("location")).isEqualTo("https://docs.pydantic.dev/");
    }

    @Test
    void openapiSchema() {
        Map<String, Object> operation = Spec.operation(Spec.openapi(client), "/pydantic", "get");
        assertThat(operation.get("summary")).isEqualTo("Redirect Pydantic");
        assertThat(operation.get("responses")).isEqualTo(json("""
                {"302":{"description":"Successful Response"}}"""));
    }
}
