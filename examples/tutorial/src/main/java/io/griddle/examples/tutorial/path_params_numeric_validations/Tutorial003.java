package io.griddle.examples.tutorial.path_params_numeric_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Query;
import java.util.Map;

/**
 * The same route with the path parameter first. (FastAPI's tutorial uses Python's {@code *} to allow that order;
 * in Java every order is allowed, so this is {@link Tutorial002} with its parameters swapped.)
 */
public final class Tutorial003 {

    @Get("/items/{item_id}")
    public Map<String, Object> readItems(
            @Path(value = "item_id", title = "The ID of the item to get") int itemId, @Query String q) {
        return Results.of(itemId, q);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
