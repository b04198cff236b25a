package io.griddle.examples.tutorial.path_params;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import java.util.Map;

/** Path parameters with a type: {@code item_id} is converted to an {@code int}, anything else answers 422. */
public final class Tutorial002 {

    @Get("/items/{item_id}")
    public Map<String, Object> readItem(@Path("item_id") int itemId) {
        return Map.of("item_id", itemId);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
