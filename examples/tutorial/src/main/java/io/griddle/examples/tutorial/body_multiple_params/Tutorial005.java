package io.griddle.examples.tutorial.body_multiple_params;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Path;
import io.griddle.Put;
import java.util.LinkedHashMap;
import java.util.Map;

/** One body, embedded: {@code @Body(embed = true)} expects {@code {"item": {...}}} rather than the item itself. */
public final class Tutorial005 {

    @Put("/items/{item_id}")
    public Map<String, Object> updateItem(@Path("item_id") int itemId, @Body(embed = true) Item item) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("item_id", itemId);
        results.put("item", item);
        return results;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial005());
    }
}
