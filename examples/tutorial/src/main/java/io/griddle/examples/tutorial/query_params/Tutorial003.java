package io.griddle.examples.tutorial.query_params;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Query;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A boolean query parameter: {@code short} takes 1, true, on, yes (and 0, false, off, no), in any case. Its Java
 * name differs ({@code short} is a keyword); the annotation gives the name on the wire.
 */
public final class Tutorial003 {

    @Get("/items/{item_id}")
    public Map<String, Object> readItem(
            @Path("item_id") String itemId,
            @Query Optional<String> q,
            @Query("short") @Default("false") boolean isShort) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("item_id", itemId);
        q.filter(text -> !text.isEmpty()).ifPresent(text -> item.put("q", text));
        if (!isShort) {
            item.put("description", "This is an amazing item that has a long description");
        }
        return item;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
