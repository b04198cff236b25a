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

/** A list of strings: each element must be a string. */
public final class Tutorial002 {

    /** An item with a list of strings as tags. */
    public record Item(
            String name,
            Optional<String> description,
            double price,
            Optional<Double> tax,
            @Default({}) List<String> tags) {}

    @Put("/items/{item_id}")
    public Map<String, Object> updateItem(@Path("item_id") int itemId, @Body Item item) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("item_id", itemId);
        results.put("item", item);
        return results;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
