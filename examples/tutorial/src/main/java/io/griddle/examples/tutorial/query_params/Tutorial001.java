package io.griddle.examples.tutorial.query_params;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Query;
import java.util.List;
import java.util.Map;

/** Query parameters with defaults: {@code /items/?skip=1&limit=1} pages through a fake database. */
public final class Tutorial001 {

    static final List<Map<String, String>> FAKE_ITEMS_DB =
            List.of(Map.of("item_name", "Foo"), Map.of("item_name", "Bar"), Map.of("item_name", "Baz"));

    @Get("/items/")
    public List<Map<String, String>> readItem(@Query @Default("0") int skip, @Query @Default("10") int limit) {
        return Slices.slice(FAKE_ITEMS_DB, skip, skip + limit);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
