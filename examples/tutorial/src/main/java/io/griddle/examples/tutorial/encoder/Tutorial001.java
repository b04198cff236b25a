package io.griddle.examples.tutorial.encoder;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Path;
import io.griddle.Put;
import io.griddle.http.Json;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON-compatible encoder: {@code Json.encodable(item)} turns a record into plain maps, lists, strings and
 * numbers (the date-time as ISO text), as FastAPI's {@code jsonable_encoder}, ready to store in a database that
 * keeps only JSON-compatible values.
 */
public final class Tutorial001 {

    /** An item with a date-time. */
    public record Item(String title, LocalDateTime timestamp, Optional<String> description) {}

    /** The stored items, as JSON-compatible values. */
    static final Map<String, Object> FAKE_DB = new ConcurrentHashMap<>();

    @Put("/items/{id}")
    public void updateItem(@Path String id, @Body Item item) {
        Object jsonCompatibleItemData = Json.encodable(item);
        FAKE_DB.put(id, jsonCompatibleItemData);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
