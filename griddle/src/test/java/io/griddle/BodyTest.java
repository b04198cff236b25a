package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BodyTest {

    record Item(String name, double price, Optional<String> description, Optional<Double> tax) {}

    record User(String username, Optional<String> full_name) {}

    record Image(String url, String name) {}

    record Offer(String name, List<Item> items, Optional<Image> image) {}

    record Updated(int item_id, Item item, User user, int importance) {}

    record Where(String thread, Item item) {}

    @SuppressWarnings("unused")
    static final class Shop {
        @Post("/items")
        Item create(@Body Item item) {
            return item;
        }

        @Post("/async-items")
        CompletionStage<Where> createAsync(@Body Item item) {
            return CompletableFuture.completedFuture(
                    new Where(Thread.currentThread().getName(), item));
        }

        @Post("/blocking-items")
        Where createBlocking(@Body Item item) {
            return new Where(Thread.currentThread().getName(), item);
        }

        @Put("/items/{item_id}")
        Updated update(@Path int item_id, @Body Item item, @Body User user, @Body int importance) {
            return new Updated(item_id, item, user, importance);
        }

        @Put("/embedded")
        Map<String, Object> embedded(@Body(embed = true) Item item) {
            return Map.of("item", item);
        }

        @Post("/offers")
        Offer offer(@Body Offer offer) {
            return offer;
        }
    }

    private final TestClient client = TestClient.of(App.create().include(new Shop()));

    @AfterEach
    void stop() {
        client.close();
    }

    private TestResponse post(String path, String json, String contentType) {
        TestRequestShortcut request = new TestRequestShortcut(client, path);
        return request.send(json, contentType);
    }

    private record TestRequestShortcut(TestClient client, String path) {
        TestResponse send(String json, String contentType) {
            return client.request(path.startsWith("PUT ") ? "PUT" : "POST", path.replaceFirst("^PUT ", ""))
                    .body(json.getBytes(StandardCharsets.UTF_8), contentType)
                    .send();
        }
    }

    private TestResponse postJson(String path, String json) {
        return post(path, json, "application/json");
    }

    private static void assertUnprocessable(TestResponse response, String body) {
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text()).isEqualTo(body);
    }

    @Test
    void singleBodyIsTheWholeBody() {
        assertThat(postJson("/items", "{\"name\":\"Foo\",\"price\":\"50.5\",\"ignored\":1}")
                        .text())
                .isEqualTo("{\"name\":\"Foo\",\"price\":50.5,\"description\":null,\"tax\":null}");
    }

    @Test
    void missingFieldsAreEachReportedWithTheObjectAsInput() {
        assertUnprocessable(
                postJson("/items", "{}"),
                "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"name\"],\"msg\":\"Field required\",\"input\":{}},"
                        + "{\"type\":\"missing\",\"loc\":[\"body\",\"price\"],\"msg\":\"Field required\",\"input\":{}}]}");
    }

    @Test
    void wrongTypesInsideTheBodyPointIntoIt() {
        assertUnprocessable(
                postJson("/items", "{\"name\":5,\"price\":\"twenty\"}"),
                "{\"detail\":[{\"type\":\"string_type\",\"loc\":[\"body\",\"name\"],\"msg\":\"Input should be a valid string\",\"input\":5},"
                        + "{\"type\":\"float_parsing\",\"loc\":[\"body\",\"price\"],"
                        + "\"msg\":\"Input should be a valid number, unable to parse string as a number\",\"input\":\"twenty\"}]}");
    }

    @Test
    void missingBody() {
        assertUnprocessable(
                client.request("POST", "/items").send(),
                "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\"],\"msg\":\"Field required\",\"input\":null}]}");
    }

    @Test
    void malformedJsonIsJsonInvalidAtItsPosition() {
        assertUnprocessable(
                postJson("/items", "{name: 1}"),
                "{\"detail\":[{\"type\":\"json_invalid\",\"loc\":[\"body\",1],\"msg\":\"JSON decode error\",\"input\":{},"
                        + "\"ctx\":{\"error\":\"Expecting property name enclosed in double quotes\"}}]}");
    }

    @Test
    void jsonSentWithAnotherContentTypeIsNotParsed() {
        String json = "{\"name\":\"Foo\",\"price\":1}";
        for (String contentType : new String[] {"text/plain", "application/x-www-form-urlencoded"}) {
            assertUnprocessable(
                    post("/items", json, contentType),
                    "{\"detail\":[{\"type\":\"model_attributes_type\",\"loc\":[\"body\"],"
                            + "\"msg\":\"Input should be a valid dictionary or object to extract fields from\","
                            + "\"input\":\"{\\\"name\\\":\\\"Foo\\\",\\\"price\\\":1}\"}]}");
        }
        assertThat(post("/items", json, "application/vnd.api+json; charset=utf-8")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void severalBodiesAreEmbeddedByParameterName() {
        TestResponse response = post(
                "PUT /items/5",
                "{\"item\":{\"name\":\"Foo\",\"price\":1},\"user\":{\"username\":\"dave\"},\"importance\":5}",
                "application/json");

        assertThat(response.text())
                .isEqualTo("{\"item_id\":5,"
                        + "\"item\":{\"name\":\"Foo\",\"price\":1.0,\"description\":null,\"tax\":null},"
                        + "\"user\":{\"username\":\"dave\",\"full_name\":null},\"importance\":5}");
        assertUnprocessable(
                post("PUT /items/x", "{\"item\":{\"name\":\"Foo\"},\"importance\":\"high\"}", "application/json"),
                "{\"detail\":[{\"type\":\"int_parsing\",\"loc\":[\"path\",\"item_id\"],"
                        + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"x\"},"
                        + "{\"type\":\"missing\",\"loc\":[\"body\",\"item\",\"price\"],\"msg\":\"Field required\",\"input\":{\"name\":\"Foo\"}},"
                        + "{\"type\":\"missing\",\"loc\":[\"body\",\"user\"],\"msg\":\"Field required\",\"input\":null},"
                        + "{\"type\":\"int_parsing\",\"loc\":[\"body\",\"importance\"],"
                        + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"high\"}]}");
    }

    @Test
    void embedOneBody() {
        assertThat(post("PUT /embedded", "{\"item\":{\"name\":\"Foo\",\"price\":2}}", "application/json")
                        .text())
                .isEqualTo("{\"item\":{\"name\":\"Foo\",\"price\":2.0,\"description\":null,\"tax\":null}}");
        assertUnprocessable(
                post("PUT /embedded", "{\"name\":\"Foo\",\"price\":2}", "application/json"),
                "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"item\"],\"msg\":\"Field required\",\"input\":null}]}");
    }

    @Test
    void nestedRecordsAndListsReportDeepLocations() {
        String valid =
                "{\"name\":\"deal\",\"items\":[{\"name\":\"a\",\"price\":1}],\"image\":{\"url\":\"u\",\"name\":\"n\"}}";
        assertThat(postJson("/offers", valid).status()).isEqualTo(200);
        assertUnprocessable(
                postJson(
                        "/offers",
                        "{\"name\":\"deal\",\"items\":[{\"name\":\"a\",\"price\":1},{\"name\":\"b\",\"price\":1.5,\"tax\":\"x\"}],\"image\":{\"url\":\"u\"}}"),
                "{\"detail\":[{\"type\":\"float_parsing\",\"loc\":[\"body\",\"items\",1,\"tax\"],"
                        + "\"msg\":\"Input should be a valid number, unable to parse string as a number\",\"input\":\"x\"},"
                        + "{\"type\":\"missing\",\"loc\":[\"body\",\"image\",\"name\"],\"msg\":\"Field required\",\"input\":{\"url\":\"u\"}}]}");
        assertUnprocessable(
                postJson("/offers", "{\"name\":\"deal\",\"items\":3}"),
                "{\"detail\":[{\"type\":\"list_type\",\"loc\":[\"body\",\"items\"],\"msg\":\"Input should be a valid list\",\"input\":3}]}");
    }

    @Test
    void integersFollowPydanticsLaxRules() {
        TestResponse fractional = post(
                "PUT /items/1",
                "{\"item\":{\"name\":\"a\",\"price\":1},\"user\":{\"username\":\"u\"},\"importance\":1.5}",
                "application/json");
        assertUnprocessable(
                fractional,
                "{\"detail\":[{\"type\":\"int_from_float\",\"loc\":[\"body\",\"importance\"],"
                        + "\"msg\":\"Input should be a valid integer, got a number with a fractional part\",\"input\":1.5}]}");
        TestResponse whole = post(
                "PUT /items/1",
                "{\"item\":{\"name\":\"a\",\"price\":1},\"user\":{\"username\":\"u\"},\"importance\":\"3\"}",
                "application/json");
        assertThat(whole.json(Map.class).get("importance")).isEqualTo(3);
    }

    @Test
    void bodyIsReadOnTheLoopBeforeTheHandlerRunsWhereItsKindSays() {
        String json = "{\"name\":\"Foo\",\"price\":1}";
        assertThat(postJson("/async-items", json).json(Where.class).thread()).isEqualTo("griddle-test-loop-0");
        assertThat(postJson("/blocking-items", json).json(Where.class).thread()).startsWith("griddle-blocking-");
    }
}
