package io.griddle.examples.tutorial.path_params_numeric_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Query;
import java.util.Map;

/**
 * Parameters in any order: a required query parameter may come before the path parameter. (FastAPI's tutorial
 * shows this because Python puts parameters without defaults first; Java parameters have no such rule.)
 */
public final class Tutorial002 {

    @Get("/items/{item_id}")
    public Map<String, Object> readItems(
            @Query String q, @Path(value = "item_id", title = "The ID of the item to get") int itemId) {
        return Results.of(itemId, q);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
