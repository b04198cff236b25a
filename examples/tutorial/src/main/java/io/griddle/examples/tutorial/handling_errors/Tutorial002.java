package io.griddle.examples.tutorial.handling_errors;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.gateway.Headers;
import io.griddle.http.HttpError;
import java.util.Map;

/** An HTTP error with headers of its own. */
public final class Tutorial002 {

    private static final Map<String, String> ITEMS = Map.of("foo", "The Foo Wrestlers");

    @Get("/items-header/{item_id}")
    public Object readItemHeader(@Path("item_id") String itemId) {
        String item = ITEMS.get(itemId);
        if (item == null) {
            throw new HttpError(404, "Item not found", Headers.of("X-Error", "There goes my error"));
        }
        return Map.of("item", item);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
