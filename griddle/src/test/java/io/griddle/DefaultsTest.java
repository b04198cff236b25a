package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.test.TestClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Default} on list query parameters and on record components of a body. */
class DefaultsTest {

    record Item(
            String name,
            @Default({}) Set<String> tags,
            @Default({"1", "2"}) List<Integer> sizes,
            @Default("7") Optional<Integer> rank) {}

    // The other forms a record component takes: the whole list as one JSON array, JSON for a scalar.
    record Order(
            @Default("[\"x\", \"y\"]") List<String> labels,
            @Default("[]") List<Item> items,
            @Default("10.5") double tax) {}

    record BadOrder(@Default("ten") double tax) {}

    record TwoTaxes(@Default({"1", "2"}) double tax) {}

    @SuppressWarnings("unused")
    static final class Orders {
        @Post("/orders")
        Order create(@Body Order order) {
            return order;
        }
    }

    @SuppressWarnings("unused")
    static final class BadOrders {
        @Post("/orders")
        String create(@Body BadOrder order) {
            return "";
        }
    }

    @SuppressWarnings("unused")
    static final class TwoTaxOrders {
        @Post("/orders")
        String create(@Body TwoTaxes order) {
            return "";
        }
    }

    @SuppressWarnings("unused")
    static final class Items {
        @Get("/tags")
        Map<String, Object> tags(
                @Query @Default({"foo", "bar"}) List<String> q, @Query("n") @Default({}) List<Integer> n) {
            return Map.of("q", q, "n", n);
        }

        @Post("/items")
        Item create(@Body Item item) {
            return item;
        }
    }

    @SuppressWarnings("unused")
    static final class BadDefault {
        @Get("/x")
        String x(@Query @Default("many") int count) {
            return "";
        }
    }

    @SuppressWarnings("unused")
    static final class TwoForOne {
        @Get("/x")
        String x(@Query @Default({"1", "2"}) int count) {
            return "";
        }
    }

    @Test
    void listQueryDefaultsHaveEveryValue() {
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            assertThat(client.get("/tags").json()).isEqualTo(Map.of("q", List.of("foo", "bar"), "n", List.of()));
            assertThat(client.get("/tags?q=baz&n=3").json()).isEqualTo(Map.of("q", List.of("baz"), "n", List.of(3)));
        }
    }

    @Test
    void missingRecordComponentsTakeTheirDefault() {
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            assertThat(client.post("/items", Map.of("name", "Foo")).json())
                    .isEqualTo(Map.of("name", "Foo", "tags", List.of(), "sizes", List.of(1, 2), "rank", 7));
            assertThat(client.post(
                                    "/items",
                                    Map.of("name", "Foo", "tags", List.of("a", "a"), "sizes", List.of(3), "rank", 1))
                            .json())
                    .isEqualTo(Map.of("name", "Foo", "tags", List.of("a"), "sizes", List.of(3), "rank", 1));
        }
    }

    @Test
    void recordComponentsTakeAJsonArrayOrJsonText() {
        try (TestClient client = TestClient.of(App.create().include(new Orders()))) {
            assertThat(client.post("/orders", Map.of()).json())
                    .isEqualTo(Map.of("labels", List.of("x", "y"), "items", List.of(), "tax", 10.5));
        }
        assertThatThrownBy(() -> App.create().include(new BadOrders()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BadOrder.tax")
                .hasMessageContaining("@Default(\"ten\")");
        assertThatThrownBy(() -> App.create().include(new TwoTaxOrders()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TwoTaxes.tax")
                .hasMessageContaining("one value");
    }

    @Test
    void aNullIsNotMissing() {
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            var body = new java.util.HashMap<String, Object>(Map.of("name", "Foo"));
            body.put("tags", null);
            var response = client.post("/items", body);
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.text()).contains("\"type\":\"set_type\"", "\"loc\":[\"body\",\"tags\"]");
        }
    }

    @Test
    void defaultsThatDoNotConvertFailAtStartup() {
        assertThatThrownBy(() -> App.create().include(new BadDefault()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BadDefault.x(count)")
                .hasMessageContaining("@Default(\"many\")");
        assertThatThrownBy(() -> App.create().include(new TwoForOne()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one value");
    }
}
