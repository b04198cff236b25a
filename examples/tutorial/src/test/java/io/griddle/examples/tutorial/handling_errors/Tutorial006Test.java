package io.griddle.examples.tutorial.handling_errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.ExpectedJson;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_handling_errors/test_tutorial006, as the specification. */
class Tutorial006Test {

    private final TestClient client = TestClient.of(Tutorial006.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void getValidationError() {
        TestResponse response = client.get("/items/foo");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(ExpectedJson.parse("""
                {"detail": [{"type": "int_parsing", "loc": ["path", "item_id"],
                             "msg": "Input should be a valid integer, unable to parse string as an integer",
                             "input": "foo"}]}"""));
    }

    @Test
    void getHttpError() {
        TestResponse response = client.get("/items/3");
        assertThat(response.status()).isEqualTo(418);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Nope! I don't like 3."));
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
