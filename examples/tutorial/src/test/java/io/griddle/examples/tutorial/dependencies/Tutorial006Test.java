package io.griddle.examples.tutorial.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_dependencies/test_tutorial006, as the specification. */
class Tutorial006Test {

    private final TestClient client = TestClient.of(Tutorial006.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void noHeaders() {
        VerifyHeadersSpec.noHeaders(client, "/items/");
    }

    @Test
    void invalidOneHeader() {
        VerifyHeadersSpec.invalidToken(client, "/items/");
    }

    @Test
    void invalidSecondHeader() {
        VerifyHeadersSpec.invalidKey(client, "/items/");
    }

    @Test
    void validHeaders() {
        VerifyHeadersSpec.valid(client, "/items/", "[{\"item\": \"Foo\"}, {\"item\": \"Bar\"}]");
    }

    @Test
    void openapiSchema() {
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .isEqualTo(ExpectedJson.openapi(
                        Tutorial001Test.getOperation(
                                "/items/", "Read Items", "readItems_items__get", VerifyHeadersSpec.PARAMETERS),
                        ""));
    }
}
