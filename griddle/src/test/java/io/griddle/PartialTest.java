package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import jakarta.validation.constraints.Positive;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code @Body Partial<T>}: the fields the body set, applied to a stored record (Pydantic's exclude_unset). */
class PartialTest {

    record Item(
            Optional<String> name,
            @Default("10.5") @Positive double tax,
            @Default({}) List<String> tags) {}

    @SuppressWarnings("unused")
    static final class Routes {
        final Map<String, Item> items =
                new ConcurrentHashMap<>(Map.of("a", new Item(Optional.of("A"), 20.2, List.of("x"))));

        @io.griddle.Patch("/items/{id}")
        Item update(@Path String id, @Body Partial<Item> item) {
            Item updated = item.applyTo(items.get(id));
            items.put(id, updated);
            return updated;
        }

        @Post("/set")
        Map<String, Object> set(@Body Partial<Item> item) {
            return Map.of(
                    "set",
                    item.set().stream().sorted().toList(),
                    "tax",
                    item.value().tax());
        }
    }

    private final TestClient client = TestClient.of(App.create().include(new Routes()));

    @AfterEach
    void close() {
        client.close();
    }

    private static Object json(String text) {
        return io.griddle.http.Json.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), Object.class);
    }

    @Test
    void onlyTheFieldsSentReplaceTheStoredOnes() {
        TestResponse response = client.patch("/items/a", Map.of("name", "B"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(json("""
                {"name": "B", "tax": 20.2, "tags": ["x"]}"""));
        Map<String, Object> nameToNull = new HashMap<>();
        nameToNull.put("name", null);
        nameToNull.put("tags", List.of());
        assertThat(client.patch("/items/a", nameToNull).json()).isEqualTo(json("""
                {"name": null, "tax": 20.2, "tags": []}"""));
    }

    @Test
    void setNamesOnlyTheRecordsFieldsAndDefaultsFillTheValue() {
        assertThat(client.post("/set", Map.of("tags", List.of(), "other", 1)).json())
                .isEqualTo(json("""
                {"set": ["tags"], "tax": 10.5}"""));
    }

    @Test
    void badFieldsAre422AsForTheRecord() {
        TestResponse response = client.patch("/items/a", Map.of("tax", -1));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(json("""
                {"detail": [{"type": "greater_than", "loc": ["body", "tax"], "msg": "Input should be greater than 0",
                  "input": -1, "ctx": {"gt": 0.0}}]}"""));
    }

    @Test
    void theDocumentShowsTheRecord() {
        Object schema = at(
                client.get("/openapi.json").json(),
                "paths",
                "/items/{id}",
                "patch",
                "requestBody",
                "content",
                "application/json",
                "schema");
        assertThat(schema).isEqualTo(Map.of("$ref", "#/components/schemas/Item"));
    }

    private static Object at(Object node, String... path) {
        for (String step : path) {
            node = ((Map<?, ?>) node).get(step);
        }
        return node;
    }
}
