package io.griddle.examples.tutorial.query_params;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Query;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Several path and query parameters at once: each is found by its name, whatever the order. */
public final class Tutorial004 {

    @Get("/users/{user_id}/items/{item_id}")
    public Map<String, Object> readUserItem(
            @Path("user_id") int userId,
            @Path("item_id") String itemId,
            @Query Optional<String> q,
            @Query("short") @Default("false") boolean isShort) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("item_id", itemId);
        item.put("owner_id", userId);
        q.filter(text -> !text.isEmpty()).ifPresent(text -> item.put("q", text));
        if (!isShort) {
            item.put("description", "This is an amazing item that has a long description");
        }
        return item;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial004());
    }
}
