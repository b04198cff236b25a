package io.griddle.examples.tutorial.path_params_numeric_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Query;
import java.util.Map;
import java.util.Optional;

/** A path parameter with a title in the document, beside an aliased optional query parameter. */
public final class Tutorial001 {

    @Get("/items/{item_id}")
    public Map<String, Object> readItems(
            @Path(value = "item_id", title = "The ID of the item to get") int itemId,
            @Query("item-query") Optional<String> q) {
        return Results.of(itemId, q.orElse(null));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
