package io.griddle.examples.tutorial.response_model;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.ResponseModel;
import java.util.Map;
import java.util.Optional;

/** {@code include} and {@code exclude}: send only some of the model's fields. */
public final class Tutorial005 {

    /** An item with a default tax. */
    public record Item(
            String name,
            Optional<String> description,
            double price,
            @Default("10.5") double tax) {}

    static final Map<String, Map<String, Object>> ITEMS = Map.of(
            "foo", Map.of("name", "Foo", "price", 50.2),
            "bar", Map.of("name", "Bar", "description", "The Bar fighters", "price", 62, "tax", 20.2),
            "baz", Map.of("name", "Baz", "description", "There goes my baz", "price", 50.2, "tax", 10.5));

    @ResponseModel(
            value = Item.class,
            include = {"name", "description"})
    @Get("/items/{item_id}/name")
    public Object readItemName(@Path String item_id) {
        return ITEMS.get(item_id);
    }

    @ResponseModel(value = Item.class, exclude = "tax")
    @Get("/items/{item_id}/public")
    public Object readItemPublicData(@Path String item_id) {
        return ITEMS.get(item_id);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial005());
    }
}
