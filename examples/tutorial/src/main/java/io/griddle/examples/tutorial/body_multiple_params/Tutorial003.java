package io.griddle.examples.tutorial.body_multiple_params;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Path;
import io.griddle.Put;
import java.util.LinkedHashMap;
import java.util.Map;

/** A single value in the body: {@code @Body int importance} is a field of the body, not a query parameter. */
public final class Tutorial003 {

    @Put("/items/{item_id}")
    public Map<String, Object> updateItem(
            @Path("item_id") int itemId, @Body Item item, @Body User user, @Body int importance) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("item_id", itemId);
        results.put("item", item);
        results.put("user", user);
        results.put("importance", importance);
        return results;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
