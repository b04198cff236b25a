package io.griddle.examples.tutorial.app_testing;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;

/** Testing with startup events: the items exist once the TestClient has run the startup. */
public final class Tutorial003 {

    private final Map<String, Map<String, String>> items = new ConcurrentHashMap<>();

    @Get("/items/{item_id}")
    public Object readItems(@Path("item_id") String itemId) {
        Map<String, String> item = items.get(itemId);
        if (item == null) {
            throw new NoSuchElementException(itemId); // Python's KeyError: a 500
        }
        return item;
    }

    /** The app. */
    public static App app() {
        Tutorial003 tutorial = new Tutorial003();
        return App.create()
                .onStartup(state -> {
                    tutorial.items.put("foo", Map.of("name", "Fighters"));
                    tutorial.items.put("bar", Map.of("name", "Tenders"));
                })
                .include(tutorial);
    }
}
