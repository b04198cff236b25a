package io.griddle.examples.tutorial.query_params;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Query;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An optional query parameter: {@code Optional<String> q} is empty when the request has no {@code q}. */
public final class Tutorial002 {

    @Get("/items/{item_id}")
    public Map<String, Object> readItem(@Path("item_id") String itemId, @Query Optional<String> q) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("item_id", itemId);
        q.filter(text -> !text.isEmpty()).ifPresent(text -> item.put("q", text));
        return item;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
