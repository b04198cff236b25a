package io.griddle.examples.tutorial.path_params_numeric_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Query;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.util.Map;

/** Greater than and less than or equal: {@code @Positive} is {@code gt=0}, {@code @Max(1000)} is {@code le=1000}. */
public final class Tutorial005 {

    @Get("/items/{item_id}")
    public Map<String, Object> readItems(
            @Path(value = "item_id", title = "The ID of the item to get") @Positive @Max(1000) int itemId,
            @Query String q) {
        return Results.of(itemId, q);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial005());
    }
}
