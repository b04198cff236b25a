package io.griddle.examples.tutorial.path_params_numeric_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Query;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.util.Map;

/**
 * Float bounds: {@code size} must be greater than 0 ({@code @Positive}) and less than 10.5
 * ({@code @DecimalMax(value = "10.5", inclusive = false)}).
 */
public final class Tutorial006 {

    @Get("/items/{item_id}")
    public Map<String, Object> readItems(
            @Path(value = "item_id", title = "The ID of the item to get") @Min(0) @Max(1000) int itemId,
            @Query String q,
            @Query @Positive @DecimalMax(value = "10.5", inclusive = false) double size) {
        Map<String, Object> results = Results.of(itemId, q);
        if (size != 0) {
            results.put("size", size);
        }
        return results;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial006());
    }
}
