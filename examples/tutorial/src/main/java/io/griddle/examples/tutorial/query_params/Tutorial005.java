package io.griddle.examples.tutorial.query_params;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/** A required query parameter: without {@code needy} the request answers 422. */
public final class Tutorial005 {

    @Get("/items/{item_id}")
    public Map<String, Object> readUserItem(@Path("item_id") String itemId, @Query String needy) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("item_id", itemId);
        item.put("needy", needy);
        return item;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial005());
    }
}
