package io.griddle.examples.tutorial.body_nested_models;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Default;
import io.griddle.Path;
import io.griddle.Put;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A URL field: {@code java.net.URI} takes an absolute URL and answers {@code url_parsing} otherwise. */
public final class Tutorial005 {

    /** An image whose URL is validated. */
    public record Image(URI url, String name) {}

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
        return App.create().include(new Tutorial005());
    }
}
