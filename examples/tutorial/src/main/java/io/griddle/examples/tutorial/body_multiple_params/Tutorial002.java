package io.griddle.examples.tutorial.body_multiple_params;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Path;
import io.griddle.Put;
import java.util.LinkedHashMap;
import java.util.Map;

/** Two bodies: the JSON object has one field per body parameter, {@code {"item": {...}, "user": {...}}}. */
public final class Tutorial002 {

    @Put("/items/{item_id}")
    public Map<String, Object> updateItem(@Path("item_id") int itemId, @Body Item item, @Body User user) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("item_id", itemId);
        results.put("item", item);
        results.put("user", user);
        return results;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
