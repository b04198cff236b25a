package io.griddle.examples.tutorial.openapi_webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_openapi_webhooks/test_tutorial001, as the specification. */
class Tutorial001Test {

    @Test
    void get() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Spec.assertJson(client.get("/users/"), 200, """
                    ["Rick", "Morty"]""");
        }
    }

    @Test
    void theWebhookIsNotServed() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            assertThat(client.post("/new-subscription", Map.of()).status()).isEqualTo(404);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Map<String, Object> expected = (Map<String, Object>) ExpectedJson.openapi("""
                    "/users/": {"get": {
                      "summary": "Read Users", "operationId": "readUsers_users__get",
                      "responses": {"200": {"description": "Successful Response",
                                            "content": {"application/json": {"schema": {}}}}}}}""", """
                    "Subscription": {
                      "properties": {
                        "username": {"type": "string", "title": "Username"},
                        "monthly_fee": {"type": "number", "title": "Monthly Fee"},
                        "start_date": {"type": "string", "format": "date-time", "title": "Start Date"}},
                      "type": "object", "required": ["username", "monthly_fee", "start_date"],
                      "title": "Subscription"},""");
            expected.put("webhooks", ExpectedJson.parse("""
                    {"new-subscription": {"post": {
                      "summary": "New Subscription",
                      "description": "When a new user subscribes to your service we'll send you a POST request with this\\ndata to the URL that you register for the event `new-subscription` in the dashboard.",
                      "operationId": "newSubscriptionnew_subscription_post",
                      "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Subscription"}}},
                                      "required": true},
                      "responses": {"200": {"description": "Successful Response",
                                            "content": {"application/json": {"schema": {}}}},
                                    %s}}}}""".formatted(ExpectedJson.VALIDATION_RESPONSE)));
            assertThat(Spec.openapi(client)).isEqualTo(expected);
        }
    }
}
