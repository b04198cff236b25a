package io.griddle.examples.tutorial.path_params_numeric_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Query;
import jakarta.validation.constraints.Min;
import java.util.Map;

/** Greater than or equal: {@code @Min(1)} is Pydantic's {@code ge=1}. */
public final class Tutorial004 {

    @Get("/items/{item_id}")
    public Map<String, Object> readItems(
            @Path(value = "item_id", title = "The ID of the item to get") @Min(1) int itemId, @Query String q) {
        return Results.of(itemId, q);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial004());
    }
}
