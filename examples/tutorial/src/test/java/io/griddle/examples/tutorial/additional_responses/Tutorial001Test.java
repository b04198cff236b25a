package io.griddle.examples.tutorial.additional_responses;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_additional_responses/test_tutorial001, as the specification. */
class Tutorial001Test {

    @Test
    void pathOperation() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Spec.assertJson(client.get("/items/foo"), 200, """
                    {"id": "foo", "value": "there goes my hero"}""");
        }
    }

    @Test
    void pathOperationNotFound() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Spec.assertJson(client.get("/items/bar"), 404, """
                    {"message": "Item not found"}""");
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Documents.assertDocument(client, """
                    "404": {"description": "Not Found",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Message"}}}},
                    "200": {"description": "Successful Response",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}""", Documents.ITEM_ID, Documents.ITEM + Documents.MESSAGE);
        }
    }
}
