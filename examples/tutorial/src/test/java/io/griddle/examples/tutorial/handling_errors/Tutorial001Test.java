package io.griddle.examples.tutorial.handling_errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_handling_errors/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void getItem() {
        TestResponse response = client.get("/items/foo");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("item", "The Foo Wrestlers"));
    }

    @Test
    void getItemNotFound() {
        TestResponse response = client.get("/items/bar");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("x-error")).isNull();
        assertThat(response.json()).isEqualTo(Map.of("detail", "Item not found"));
    }

    @Test
    void openapiSchema() {
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .isEqualTo(PathOperationDoc.of(
                        "/items/{item_id}",
                        "Read Item",
                        "readItem_items__item_id__get",
                        "item_id",
                        "Item Id",
                        "string"));
    }
}
