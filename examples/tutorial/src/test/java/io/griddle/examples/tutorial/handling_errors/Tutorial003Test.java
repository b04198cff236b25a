package io.griddle.examples.tutorial.handling_errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_handling_errors/test_tutorial003, as the specification. */
class Tutorial003Test {

    private final TestClient client = TestClient.of(Tutorial003.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void get() {
        TestResponse response = client.get("/unicorns/shinny");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("unicorn_name", "shinny"));
    }

    @Test
    void getException() {
        TestResponse response = client.get("/unicorns/yolo");
        assertThat(response.status()).isEqualTo(418);
        assertThat(response.json()).isEqualTo(Map.of("message", "Oops! yolo did something. There goes a rainbow..."));
    }

    @Test
    void openapiSchema() {
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .isEqualTo(PathOperationDoc.of(
                        "/unicorns/{name}",
                        "Read Unicorn",
                        "readUnicorn_unicorns__name__get",
                        "name",
                        "Name",
                        "string"));
    }
}
