package io.griddle.examples.tutorial.schema_extra_example;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Path;
import io.griddle.Put;
import io.griddle.SchemaExamples;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An example of the whole model: {@code @SchemaExamples} on the record puts it in the {@code Item} component. */
public final class Tutorial001 {

    /** An item. */
    @SchemaExamples("""
            {"name": "Foo", "description": "A very nice Item", "price": 35.4, "tax": 3.2}""")
    public record Item(String name, Optional<String> description, double price, Optional<Double> tax) {}

    @Put("/items/{item_id}")
    public Map<String, Object> updateItem(@Path int item_id, @Body Item item) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("item_id", item_id);
        results.put("item", item);
        return results;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
