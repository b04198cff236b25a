package io.griddle.examples.tutorial.generate_clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_generate_clients/test_tutorial002, as the specification. */
class Tutorial002Test {

    @Test
    void postItems() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            Spec.assertJson(client.post("/items/", Map.of("name", "Foo", "price", 5)), 200, """
                    {"message": "Item received"}""");
        }
    }

    @Test
    void postUsers() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            Spec.assertJson(client.post("/users/", Map.of("username", "Foo", "email", "foo@example.com")), 200, """
                    {"message": "User received"}""");
        }
    }

    @Test
    void getItems() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            Spec.assertJson(client.get("/items/"), 200, """
                    [{"name": "Plumbus", "price": 3.0}, {"name": "Portal Gun", "price": 9001.0}]""");
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial002.app())) {
            assertThat(Spec.openapi(client))
                    .isEqualTo(Documents.tagged(
                            "getItems_items__get",
                            "createItem_items__post",
                            "createUser_users__post",
                            "Response Get Items Items  Get"));
        }
    }
}
