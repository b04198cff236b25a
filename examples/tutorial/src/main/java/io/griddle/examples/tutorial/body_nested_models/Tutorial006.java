package io.griddle.examples.tutorial.body_nested_models;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Default;
import io.griddle.Path;
import io.griddle.Put;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A list of nested models: {@code images}, each validated, problems located by index. */
public final class Tutorial006 {

    /** An image whose URL is validated. */
    public record Image(URI url, String name) {}

    /** An item with an optional list of images. */
    public record Item(
            String name,
            Optional<String> description,
            double price,
            Optional<Double> tax,
            @Default({}) Set<String> tags,
            Optional<List<Image>> images) {}

    @Put("/items/{item_id}")
    public Map<String, Object> updateItem(@Path("item_id") int itemId, @Body Item item) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("item_id", itemId);
        results.put("item", item);
        return results;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial006());
    }
}
