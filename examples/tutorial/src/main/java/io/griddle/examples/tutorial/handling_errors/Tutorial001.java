package io.griddle.examples.tutorial.handling_errors;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.http.HttpError;
import java.util.Map;

/** Raising an HTTP error: {@code throw new HttpError(404, "Item not found")} answers {@code {"detail": ...}}. */
public final class Tutorial001 {

    private static final Map<String, String> ITEMS = Map.of("foo", "The Foo Wrestlers");

    @Get("/items/{item_id}")
    public Object readItem(@Path("item_id") String itemId) {
        String item = ITEMS.get(itemId);
        if (item == null) {
            throw new HttpError(404, "Item not found");
        }
        return Map.of("item", item);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
