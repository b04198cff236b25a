package io.griddle.examples.tutorial.body_fields;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Field;
import io.griddle.Path;
import io.griddle.Put;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Validation and documentation on the model's fields: Jakarta constraints validate a record component, and
 * {@link Field} gives it a title or a description in the OpenAPI document, as Pydantic's {@code Field()}.
 */
public final class Tutorial001 {

    /** An item whose description is at most 300 characters and whose price is positive. */
    public record Item(
            String name,

            @Field(title = "The description of the item") @Size(max = 300)
            Optional<String> description,

            @Field(description = "The price must be greater than zero") @Positive
            double price,

            Optional<Double> tax) {}

    @Put("/items/{item_id}")
    public Map<String, Object> updateItem(@Path("item_id") int itemId, @Body(embed = true) Item item) {
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
