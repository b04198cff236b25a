package io.griddle.examples.tutorial.body_nested_models;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Default;
import io.griddle.Path;
import io.griddle.Put;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A nested model: {@code image} is an object with its own required fields. */
public final class Tutorial004 {

    /** An image, referred to by its URL as text. */
    public record Image(String url, String name) {}

    /** An item with an optional image. */
    public record Item(
            String name,
            Optional<String> description,
            double price,
            Optional<Double> tax,
            @Default({}) Set<String> tags,
            Optional<Image> image) {}

    @Put("/items/{item_id}")
    public Map<String, Object> updateItem(@Path("item_id") int itemId, @Body Item item) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("item_id", itemId);
        results.put("item", item);
        return results;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial004());
    }
}
