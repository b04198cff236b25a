package io.griddle.examples.tutorial.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FastAPI's tests/test_tutorial/test_dependencies/test_tutorial012, as the specification. */
class Tutorial012Test {

    private final TestClient client = TestClient.of(Tutorial012.app());

    @AfterEach
    void close() {
        client.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/items/", "/users/"})
    void noHeaders(String path) {
        VerifyHeadersSpec.noHeaders(client, path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/items/", "/users/"})
    void invalidOneHeader(String path) {
        VerifyHeadersSpec.invalidToken(client, path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/items/", "/users/"})
    void invalidSecondHeader(String path) {
        VerifyHeadersSpec.invalidKey(client, path);
    }

    @Test
    void validHeaders() {
        VerifyHeadersSpec.valid(client, "/items/", "[{\"item\": \"Portal Gun\"}, {\"item\": \"Plumbus\"}]");
        VerifyHeadersSpec.valid(client, "/users/", "[{\"username\": \"Rick\"}, {\"username\": \"Morty\"}]");
    }

    @Test
    void openapiSchema() {
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .isEqualTo(ExpectedJson.openapi(
                        Tutorial001Test.getOperation(
                                        "/items/", "Read Items", "readItems_items__get", VerifyHeadersSpec.PARAMETERS)
                                + ","
                                + Tutorial001Test.getOperation(
                                        "/users/", "Read Users", "readUsers_users__get", VerifyHeadersSpec.PARAMETERS),
                        ""));
    }
}
