package io.griddle.examples.tutorial.path_operation_configuration;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Default;
import io.griddle.Operation;
import io.griddle.Post;
import java.util.Optional;
import java.util.Set;

/** A summary and a description for the operation. */
public final class Tutorial003 {

    /** An item with a set of tags. */
    public record Item(
            String name,
            Optional<String> description,
            double price,
            Optional<Double> tax,
            @Default({}) Set<String> tags) {}

    @Operation(
            summary = "Create an item",
            description = "Create an item with all the information, name, description, price, tax and a set of"
                    + " unique tags")
    @Post("/items/")
    public Item createItem(@Body Item item) {
        return item;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
