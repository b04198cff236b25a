package io.griddle.examples.tutorial.additional_responses;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_additional_responses/test_tutorial003, as the specification. */
class Tutorial003Test {

    @Test
    void pathOperation() {
        try (TestClient client = TestClient.of(Tutorial003.app())) {
            Spec.assertJson(client.get("/items/foo"), 200, """
                    {"id": "foo", "value": "there goes my hero"}""");
        }
    }

    @Test
    void pathOperationNotFound() {
        try (TestClient client = TestClient.of(Tutorial003.app())) {
            Spec.assertJson(client.get("/items/bar"), 404, """
                    {"message": "Item not found"}""");
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial003.app())) {
            Documents.assertDocument(client, """
                    "404": {"description": "The item was not found",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Message"}}}},
                    "200": {"description": "Item requested by ID",
                            "content": {"application/json": {
                              "schema": {"$ref": "#/components/schemas/Item"},
                              "example": {"id": "bar", "value": "The bar tenders"}}}}""", Documents.ITEM_ID, Documents.ITEM + Documents.MESSAGE);
        }
    }
}
