package io.griddle.examples.tutorial.additional_status_codes;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_additional_status_codes/test_tutorial001, as the specification. */
class Tutorial001Test {

    @Test
    void update() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Spec.assertJson(client.put("/items/foo", Map.of("name", "Wrestlers")), 200, """
                    {"name": "Wrestlers", "size": null}""");
        }
    }

    @Test
    void create() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            Spec.assertJson(client.put("/items/red", Map.of("name", "Chillies")), 201, """
                    {"name": "Chillies", "size": null}""");
        }
    }

    @Test
    void createdItemIsThenUpdatedWith200() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            assertThat(client.put("/items/red", Map.of("name", "Chillies")).status())
                    .isEqualTo(201);
            Spec.assertJson(client.put("/items/red", Map.of("name", "Chillies", "size", 2)), 200, """
                    {"name": "Chillies", "size": 2}""");
        }
    }

    @Test
    void documentShowsTheDeclaredSuccessOnly() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            assertThat(Spec.keys(Spec.openapi(client), "paths", "/items/{item_id}", "put", "responses"))
                    .containsExactly("200", "422");
        }
    }
}
