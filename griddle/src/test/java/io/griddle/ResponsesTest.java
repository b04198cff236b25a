package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.gateway.Headers;
import io.griddle.http.HttpError;
import io.griddle.http.Response;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResponsesTest {

    record Item(String name) {}

    /** What clients may see of a user. */
    public static class UserOut {
        public String username;
        public String email;
    }

    /** What a client sends: with a password, which must never be sent back. */
    public static class UserIn extends UserOut {
        public String password;
    }

    static final class OutOfStock extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        OutOfStock(String item) {
            super(item);
        }
    }

    @SuppressWarnings("unused")
    static final class Shop {
        @StatusCode(201)
        @Post("/items")
        Item create(@Body Item item) {
            return item;
        }

        @StatusCode(204)
        @Delete("/items/{name}")
        void delete(@Path String name) {}

        @Get("/cached")
        Response cached() {
            return Response.empty(304).header("etag", "\"v1\"");
        }

        @StatusCode(201)
        @Post("/users")
        UserOut register(@Body UserIn user) {
            return user; // declared UserOut: only its fields are written
        }

        @Get("/items/{name}")
        Item item(@Path String name) {
            if (name.equals("none")) {
                throw new HttpError(404, "Item not found", Headers.of("x-error", "There goes my error"));
            }
            if (name.equals("sold")) {
                throw new OutOfStock(name);
            }
            return new Item(name);
        }

        @Head("/items/{name}")
        Item itemHead(@Path String name) {
            return new Item(name);
        }
    }

    private final TestClient client = TestClient.of(App.create()
            .include(new Shop())
            .exceptionHandler(
                    OutOfStock.class,
                    (request, e) -> Response.json(Map.of("message", "Oops! " + e.getMessage() + " is sold out"))
                            .status(418)));

    @AfterEach
    void stop() {
        client.close();
    }

    private TestResponse postJson(String path, String json) {
        return client.request("POST", path)
                .body(json.getBytes(StandardCharsets.UTF_8), "application/json")
                .send();
    }

    @Test
    void statusAnnotationSetsTheSuccessStatus() {
        TestResponse response = postJson("/items", "{\"name\":\"a\"}");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.text()).isEqualTo("{\"name\":\"a\"}");
    }

    @Test
    void noContentAndNotModifiedHaveNoBody() {
        TestResponse deleted = client.delete("/items/a");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.bytes()).isEmpty();
        assertThat(deleted.header("content-length")).isNull();

        TestResponse cached = client.get("/cached");
        assertThat(cached.status()).isEqualTo(304);
        assertThat(cached.bytes()).isEmpty();
        assertThat(cached.header("etag")).isEqualTo("\"v1\"");
    }

    @Test
    void theDeclaredReturnTypeFiltersTheOutput() {
        TestResponse response =
                postJson("/users", "{\"username\":\"dave\",\"email\":\"d@example.com\",\"password\":\"secret\"}");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.text()).isEqualTo("{\"username\":\"dave\",\"email\":\"d@example.com\"}");
        assertThat(response.text()).doesNotContain("password").doesNotContain("secret");
    }

    @Test
    void httpErrorCarriesItsHeaders() {
        TestResponse response = client.get("/items/none");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text()).isEqualTo("{\"detail\":\"Item not found\"}");
        assertThat(response.header("x-error")).isEqualTo("There goes my error");
    }

    @Test
    void exceptionHandlersByType() {
        TestResponse response = client.get("/items/sold");

        assertThat(response.status()).isEqualTo(418);
        assertThat(response.text()).isEqualTo("{\"message\":\"Oops! sold is sold out\"}");
    }

    @Test
    void headAnswersWithHeadersAndNoBody() {
        TestResponse response = client.head("/items/a");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bytes()).isEmpty();
        assertThat(response.header("content-type")).isEqualTo("application/json");
        assertThat(response.header("content-length")).isEqualTo("12");
    }
}
