package io.griddle.examples.tutorial.app_testing;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_testing/test_main_b, as the specification: the tests of
 * {@code app_b_an/test_main.py}, one method each.
 */
class App_bTest {

    private final TestClient client = TestClient.of(App_b.app());

    @AfterEach
    void close() {
        client.close();
    }

    private TestResponse post(String token, String json) {
        return client.request("POST", "/items/")
                .header("X-Token", token)
                .json(json(json))
                .send();
    }

    @Test
    void readItem() {
        assertJson(
                client.request("GET", "/items/foo")
                        .header("X-Token", "coneofsilence")
                        .send(),
                200,
                """
                {"id": "foo", "title": "Foo", "description": "There goes my hero"}""");
    }

    @Test
    void readItemBadToken() {
        assertJson(
                client.request("GET", "/items/foo")
                        .header("X-Token", "hailhydra")
                        .send(),
                400,
                """
                {"detail": "Invalid X-Token header"}""");
    }

    @Test
    void readNonexistentItem() {
        assertJson(
                client.request("GET", "/items/baz")
                        .header("X-Token", "coneofsilence")
                        .send(),
                404,
                """
                {"detail": "Item not found"}""");
    }

    @Test
    void createItem() {
        assertJson(post("coneofsilence", """
                {"id": "foobar", "title": "Foo Bar", "description": "The Foo Barters"}"""), 200, """
                {"id": "foobar", "title": "Foo Bar", "description": "The Foo Barters"}""");
    }

    @Test
    void createItemBadToken() {
        assertJson(post("hailhydra", """
                {"id": "bazz", "title": "Bazz", "description": "Drop the bazz"}"""), 400, """
                {"detail": "Invalid X-Token header"}""");
    }

    @Test
    void createExistingItem() {
        assertJson(post("coneofsilence", """
                {"id": "foo", "title": "The Foo ID Stealers", "description": "There goes my stealer"}"""), 409, """
                {"detail": "Item already exists"}""");
    }

    @Test
    void missingTokenIs422() {
        // FastAPI's tests always send the header; a request without it fails validation, as there.
        assertJson(client.get("/items/foo"), 422, """
                {"detail": [{"type": "missing", "loc": ["header", "x-token"], "msg": "Field required", "input": null}]}""");
    }
}
