package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A JSON body without a content type: strict (the default) leaves it unparsed, lax reads it as JSON; a body with a
 * content type that is not JSON is never read as JSON. Routers may choose for their routes.
 */
class StrictContentTypeTest {

    record Item(String name, double price) {}

    static final class Items {
        @Post("/items/")
        public Item create(@Body Item item) {
            return item;
        }
    }

    static final class Other {
        @Post("/other/")
        public Item create(@Body Item item) {
            return item;
        }
    }

    private static final String JSON = "{\"name\": \"Foo\", \"price\": 50.5}";

    private static TestResponse post(TestClient client, String path, String contentType) {
        var request = client.request("POST", path);
        if (contentType != null) {
            request.header("content-type", contentType);
        }
        return request.content(JSON.getBytes(StandardCharsets.UTF_8)).send();
    }

    private static void assertParsed(TestResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("name", "Foo", "price", 50.5));
    }

    private static void assertNotParsed(TestResponse response) {
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text())
                .isEqualTo("{\"detail\":[{\"type\":\"model_attributes_type\",\"loc\":[\"body\"],"
                        + "\"msg\":\"Input should be a valid dictionary or object to extract fields from\","
                        + "\"input\":\"{\\\"name\\\": \\\"Foo\\\", \\\"price\\\": 50.5}\"}]}");
    }

    @Test
    void strictByDefaultABodyWithoutAContentTypeIsNotJson() {
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            assertNotParsed(post(client, "/items/", null));
            assertParsed(post(client, "/items/", "application/json"));
        }
    }

    @Test
    void laxABodyWithoutAContentTypeIsJsonButTextStaysText() {
        try (TestClient client =
                TestClient.of(App.create().strictContentType(false).include(new Items()))) {
            assertParsed(post(client, "/items/", null));
            assertParsed(post(client, "/items/", "application/json"));
            assertNotParsed(post(client, "/items/", "text/plain"));
            TestResponse malformed = client.request("POST", "/items/")
                    .content("{name".getBytes(StandardCharsets.UTF_8))
                    .send();
            assertThat(malformed.status()).isEqualTo(422);
            assertThat(malformed.text()).contains("\"type\":\"json_invalid\"");
        }
    }

    @Test
    void aRoutersChoiceHoldsForItsRoutesOverTheApps() {
        App laxApp = App.create()
                .strictContentType(false)
                .include(ApiRouter.create().strictContentType(true).include(new Items()))
                .include(new Other());
        try (TestClient client = TestClient.of(laxApp)) {
            assertNotParsed(post(client, "/items/", null));
            assertParsed(post(client, "/other/", null));
        }
        App strictApp = App.create()
                .include(ApiRouter.create()
                        .include(ApiRouter.create().strictContentType(false).include(new Items())))
                .include(new Other());
        try (TestClient client = TestClient.of(strictApp)) {
            assertParsed(post(client, "/items/", null));
            assertNotParsed(post(client, "/other/", null));
        }
    }

    @Test
    void anInnerRouterOverridesAnOuterOne() {
        App app = App.create()
                .include(ApiRouter.create()
                        .strictContentType(false)
                        .include(ApiRouter.create().strictContentType(true).include(new Items()))
                        .include(new Other()));
        try (TestClient client = TestClient.of(app)) {
            assertNotParsed(post(client, "/items/", null));
            assertParsed(post(client, "/other/", null));
        }
    }

    @Test
    void theAppsChoiceIsMadeBeforeItsRoutes() {
        App app = App.create().include(new Items());
        assertThatThrownBy(() -> app.strictContentType(false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("before including");
    }
}
