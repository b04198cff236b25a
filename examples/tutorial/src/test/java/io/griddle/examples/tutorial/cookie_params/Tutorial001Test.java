package io.griddle.examples.tutorial.cookie_params;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestRequest;
import io.griddle.test.TestResponse;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_cookie_params/test_tutorial001, as the specification. Starlette's
 * {@code TestClient(app, cookies={...})} sends the cookies in one {@code Cookie} header, as these requests do.
 */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    private TestResponse getItems(String cookies) {
        TestRequest request = client.request("GET", "/items");
        return (cookies == null ? request : request.header("cookie", cookies)).send();
    }

    @Test
    void noCookies() {
        TestResponse response = getItems(null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Collections.singletonMap("ads_id", null));
    }

    @Test
    void adsIdOnly() {
        TestResponse response = getItems("ads_id=ads_track");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("ads_id", "ads_track"));
    }

    @Test
    void bothCookies() {
        TestResponse response = getItems("ads_id=ads_track; session=cookiesession");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("ads_id", "ads_track"));
    }

    @Test
    void sessionOnly() {
        TestResponse response = getItems("session=cookiesession");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Collections.singletonMap("ads_id", null));
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
                                  "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Ads Id"},
                                  "name": "ads_id", "in": "cookie"}],
                  "responses": {"200": {"description": "Successful Response",
                                        "content": {"application/json": {"schema": {}}}},
                                %s}}}""".formatted(ExpectedJson.VALIDATION_RESPONSE), ""));
    }
}
