package io.griddle.examples.tutorial.events;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;

/** Events: a startup hook fills the items before the first request. */
public final class Tutorial001 {

    /** The items, empty until the startup hook runs. */
    static final Map<String, Map<String, String>> ITEMS = new ConcurrentHashMap<>();

    @Get("/items/{item_id}")
    public Object readItems(@Path("item_id") String itemId) {
        Map<String, String> item = ITEMS.get(itemId);
        if (item == null) {
            // As Python's KeyError in FastAPI's tutorial: an unknown item is a server error (500).
            throw new NoSuchElementException(itemId);
        }
        return item;
    }

    /** The app. */
    public static App app() {
        return App.create()
                .onStartup(state -> {
                    ITEMS.put("foo", Map.of("name", "Fighters"));
                    ITEMS.put("bar", Map.of("name", "Tenders"));
                })
                .include(new Tutorial001());
    }
}
