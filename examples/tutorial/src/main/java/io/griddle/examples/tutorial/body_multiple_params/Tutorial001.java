package io.griddle.examples.tutorial.body_multiple_params;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Path;
import io.griddle.Put;
import io.griddle.Query;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An optional body: without one the answer has no {@code item}. */
public final class Tutorial001 {

    @Put("/items/{item_id}")
    public Map<String, Object> updateItem(
            @Path(value = "item_id", title = "The ID of the item to get") @Min(0) @Max(1000) int itemId,
            @Query Optional<String> q,
            @Body Optional<Item> item) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("item_id", itemId);
        q.filter(text -> !text.isEmpty()).ifPresent(text -> results.put("q", text));
        item.ifPresent(present -> results.put("item", present));
        return results;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
