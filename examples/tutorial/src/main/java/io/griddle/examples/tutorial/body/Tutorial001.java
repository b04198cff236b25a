package io.griddle.examples.tutorial.body;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Post;

/** A request body: the JSON object is validated and bound to an {@link Item} record, and echoed back. */
public final class Tutorial001 {

    @Post("/items/")
    public Item createItem(@Body Item item) {
        return item;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
