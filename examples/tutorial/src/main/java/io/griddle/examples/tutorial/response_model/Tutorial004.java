package io.griddle.examples.tutorial.response_model;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.ResponseModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code excludeUnset}: only the fields the stored item actually set are sent, not the model's defaults. */
public final class Tutorial004 {

    /** An item with defaults. */
    public record Item(
            String name,
            Optional<String> description,
            double price,
            @Default("10.5") double tax,
            @Default("[]") List<String> tags) {}

    // Maps, as the Python tutorial's dicts: their keys are the fields that are "set".
    static final Map<String, Map<String, Object>> ITEMS = Map.of(
            "foo", Map.of("name", "Foo", "price", 50.2),
            "bar", Map.of("name", "Bar", "description", "The bartenders", "price", 62, "tax", 20.2),
            "baz", baz());

    private static Map<String, Object> baz() {
        Map<String, Object> baz = new java.util.LinkedHashMap<>();
        baz.put("name", "Baz");
        baz.put("description", null);
        baz.put("price", 50.2);
        baz.put("tax", 10.5);
        baz.put("tags", List.of());
        return baz;
    }

    @ResponseModel(value = Item.class, excludeUnset = true)
    @Get("/items/{item_id}")
    public Object readItem(@Path String item_id) {
        return ITEMS.get(item_id);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial004());
    }
}
