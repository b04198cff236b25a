package io.griddle.examples.tutorial.app_testing;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;

/** Testing with a lifespan: the items exist while the TestClient is open, and are cleared when it closes. */
public final class Tutorial004 {

    /** The items: empty before the lifespan starts and after it ends. */
    public static final Map<String, Map<String, String>> ITEMS = new ConcurrentHashMap<>();

    @Get("/items/{item_id}")
    public Object readItems(@Path("item_id") String itemId) {
        Map<String, String> item = ITEMS.get(itemId);
        if (item == null) {
            throw new NoSuchElementException(itemId); // Python's KeyError: a 500
        }
        return item;
    }

    /** The app. */
    public static App app() {
        return App.create()
                .lifespan(state -> {
                    ITEMS.put("foo", Map.of("name", "Fighters"));
                    ITEMS.put("bar", Map.of("name", "Tenders"));
                    return ITEMS::clear; // clean up items
                })
                .include(new Tutorial004());
    }
}
