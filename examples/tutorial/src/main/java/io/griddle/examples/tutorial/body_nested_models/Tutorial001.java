package io.griddle.examples.tutorial.body_nested_models;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Default;
import io.griddle.Path;
import io.griddle.Put;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A list field: {@code tags} takes any JSON values and is empty when left out. */
public final class Tutorial001 {

    /** An item with a list of anything as tags. */
    public record Item(
            String name,
            Optional<String> description,
            double price,
            Optional<Double> tax,
            @Default({}) List<Object> tags) {}

    @Put("/items/{item_id}")
    public Map<String, Object> updateItem(@Path("item_id") int itemId, @Body Item item) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("item_id", itemId);
        results.put("item", item);
        return results;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
