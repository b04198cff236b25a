package io.griddle.examples.tutorial.openapi_callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_openapi_callbacks/test_tutorial001, as the specification. */
class Tutorial001Test {

    static final String CALLBACK_URL_SCHEMA = """
            {"anyOf": [{"type": "string", "format": "uri", "minLength": 1}, {"type": "null"}], "title": "Callback Url"}""";

    @Test
    void get() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Spec.assertJson(
                    client.post("/invoices/", Map.of("id", "fooinvoice", "customer", "John", "total", 5.3)), 200, """
                    {"msg": "Invoice received"}""");
        }
    }

    @Test
    void theCallbackIsNotServed() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            assertThat(client.post("/invoices/fooinvoice", Map.of("description", "x", "paid", true))
                            .status())
                    .isEqualTo(404);
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            String paths = """
                    "/invoices/": {"post": {
                      "summary": "Create Invoice",
                      "description": "Create an invoice.\\n\\nThis will (let's imagine) let the API user (some external developer) create an\\ninvoice.\\n\\nAnd this path operation will:\\n\\n* Send the invoice to the client.\\n* Collect the money from the client.\\n* Send a notification back to the API user (the external developer), as a callback.\\n    * At this point is that the API will somehow send a POST request to the\\n        external API with the notification of the invoice event\\n        (e.g. \\"payment successful\\").",
                      "operationId": "createInvoice_invoices__post",
                      "parameters": [{"required": false, "schema": %1$s, "name": "callback_url", "in": "query"}],
                      "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Invoice"}}},
                                      "required": true},
                      "responses": {"200": {"description": "Successful Response",
                                            "content": {"application/json": {"schema": {}}}},
                                    %2$s},
                      "callbacks": {"invoiceNotification": {"{$callback_url}/invoices/{$request.body.id}": {"post": {
                        "summary": "Invoice Notification",
                        "operationId": "invoiceNotification__callback_url__invoices___request_body_id__post",
                        "requestBody": {"required": true,
                                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InvoiceEvent"}}}},
                        "responses": {"200": {"description": "Successful Response",
                                              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InvoiceEventReceived"}}}},
                                      %2$s}}}}}}}""".formatted(CALLBACK_URL_SCHEMA, ExpectedJson.VALIDATION_RESPONSE);
            String schemas = """
                    "Invoice": {"title": "Invoice", "required": ["id", "customer", "total"], "type": "object",
                                "properties": {"id": {"title": "Id", "type": "string"},
                                               "title": {"title": "Title", "anyOf": [{"type": "string"}, {"type": "null"}]},
                                               "customer": {"title": "Customer", "type": "string"},
                                               "total": {"title": "Total", "type": "number"}}},
                    "InvoiceEvent": {"title": "InvoiceEvent", "required": ["description", "paid"], "type": "object",
                                     "properties": {"description": {"title": "Description", "type": "string"},
                                                    "paid": {"title": "Paid", "type": "boolean"}}},
                    "InvoiceEventReceived": {"title": "InvoiceEventReceived", "required": ["ok"], "type": "object",
                                             "properties": {"ok": {"title": "Ok", "type": "boolean"}}},""";
            assertThat(Spec.openapi(client)).isEqualTo(ExpectedJson.openapi(paths, schemas));
        }
    }
}
