package io.griddle.examples.tutorial.schema_extra_example;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Field;
import io.griddle.Path;
import io.griddle.Put;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Examples per field: {@code @Field(examples = ...)} puts each in its property of the {@code Item} component. */
public final class Tutorial002 {

    /** An item. */
    public record Item(
            @Field(examples = "Foo") String name,
            @Field(examples = "A very nice Item") Optional<String> description,
            @Field(examples = "35.4") double price,
            @Field(examples = "3.2") Optional<Double> tax) {}

    @Put("/items/{item_id}")
    public Map<String, Object> updateItem(@Path int item_id, @Body Item item) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("item_id", item_id);
        results.put("item", item);
        return results;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
