package io.griddle.examples.tutorial.handling_errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_handling_errors/test_tutorial002, as the specification. */
class Tutorial002Test {

    private final TestClient client = TestClient.of(Tutorial002.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void getItemHeader() {
        TestResponse response = client.get("/items-header/foo");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("item", "The Foo Wrestlers"));
    }

    @Test
    void getItemNotFoundHeader() {
        TestResponse response = client.get("/items-header/bar");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("x-error")).isEqualTo("There goes my error");
        assertThat(response.json()).isEqualTo(Map.of("detail", "Item not found"));
    }

    @Test
    void openapiSchema() {
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .isEqualTo(PathOperationDoc.of(
                        "/items-header/{item_id}",
                        "Read Item Header",
                        "readItemHeader_items_header__item_id__get",
                        "item_id",
                        "Item Id",
                        "string"));
    }
}
