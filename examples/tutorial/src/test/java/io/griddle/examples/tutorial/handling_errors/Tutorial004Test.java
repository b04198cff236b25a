package io.griddle.examples.tutorial.handling_errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_handling_errors/test_tutorial004, as the specification. */
class Tutorial004Test {

    private final TestClient client = TestClient.of(Tutorial004.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void validationErrorUsesThePlainTextHandler() {
        TestResponse response = client.get("/items/foo");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("content-type")).isEqualTo("text/plain; charset=utf-8");
        assertThat(response.text())
                .isEqualTo("Validation errors:\nField: ('path', 'item_id'), "
                        + "Error: Input should be a valid integer, unable to parse string as an integer");
    }

    @Test
    void httpErrorUsesThePlainTextHandler() {
        TestResponse response = client.get("/items/3");
        assertThat(response.status()).isEqualTo(418);
        assertThat(response.text()).isEqualTo("Nope! I don't like 3.");
    }

    @Test
    void routingErrorsGoThroughTheSameHandler() {
        TestResponse response = client.get("/nothing/here");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text()).isEqualTo("Not Found");
    }

    @Test
    void get() {
        TestResponse response = client.get("/items/2");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("item_id", 2));
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
                        "integer"));
    }
}
