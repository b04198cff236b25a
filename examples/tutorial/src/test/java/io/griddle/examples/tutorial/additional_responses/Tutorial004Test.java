package io.griddle.examples.tutorial.additional_responses;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_additional_responses/test_tutorial004, as the specification. */
class Tutorial004Test {

    @Test
    void pathOperation() {
        try (TestClient client = TestClient.of(Tutorial004.app())) {
            Spec.assertJson(client.get("/items/foo"), 200, """
                    {"id": "foo", "value": "there goes my hero"}""");
        }
    }

    @Test
    void pathOperationImg() {
        try (TestClient client = TestClient.of(Tutorial004.app())) {
            Documents.assertImage(client);
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial004.app())) {
            Documents.assertDocument(client, """
                    "404": {"description": "Item not found"},
                    "302": {"description": "The item was moved"},
                    "403": {"description": "Not enough privileges"},
                    "200": {"description": "Successful Response",
                            "content": {"image/png": {},
                                        "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}""", Documents.ITEM_ID + "," + Documents.IMG, Documents.ITEM);
        }
    }
}
