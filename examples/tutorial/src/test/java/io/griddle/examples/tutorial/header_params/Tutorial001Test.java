package io.griddle.examples.tutorial.header_params;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestRequest;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_header_params/test_tutorial001, as the specification. Starlette's test client
 * sends {@code user-agent: testclient} unless told otherwise; these requests send it too.
 */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    // Sends the headers given, and Starlette's default user-agent unless one of them is a user-agent.
    private TestResponse get(String path, String... headers) {
        TestRequest request = client.request("GET", path);
        boolean ownAgent = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            ownAgent |= headers[i].equalsIgnoreCase("user-agent");
        }
        return (ownAgent ? request : request.header("user-agent", "testclient")).send();
    }

    @Test
    void defaultUserAgent() {
        TestResponse response = get("/items"); // redirected to /items/, as FastAPI's
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("User-Agent", "testclient"));
    }

    @Test
    void otherHeadersAreIgnored() {
        TestResponse response = get("/items", "X-Header", "notvalid");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("User-Agent", "testclient"));
    }

    @Test
    void userAgentIsRead() {
        TestResponse response = get("/items", "User-Agent", "FastAPI test");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("User-Agent", "FastAPI test"));
    }

    @Test
    void openapiSchema() {
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .isEqualTo(ExpectedJson.openapi("""
                "/items/": {"get": {
                  "summary": "Read Items", "operationId": "readItems_items__get",
                  "parameters": [{"required": false,
                                  "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "User-Agent"},
                                  "name": "user-agent", "in": "header"}],
                  "responses": {"200": {"description": "Successful Response",
                                        "content": {"application/json": {"schema": {}}}},
                                %s}}}""".formatted(ExpectedJson.VALIDATION_RESPONSE), ""));
    }
}
