package io.griddle.examples.tutorial.path_params;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import java.util.Map;

/** Path parameters: {@code /items/{item_id}} hands the path segment to the handler as text. */
public final class Tutorial001 {

    @Get("/items/{item_id}")
    public Map<String, Object> readItem(@Path("item_id") String itemId) {
        return Map.of("item_id", itemId);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
