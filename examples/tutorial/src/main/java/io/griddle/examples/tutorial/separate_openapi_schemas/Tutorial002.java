package io.griddle.examples.tutorial.separate_openapi_schemas;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Get;
import io.griddle.Post;
import java.util.List;
import java.util.Optional;

/**
 * Tutorial001 with {@code separateInputOutputSchemas(false)}: every record has one schema, its input one, even where
 * what is sent would differ from what is read.
 */
public final class Tutorial002 {

    /** An item; the description may be left out. */
    public record Item(String name, Optional<String> description) {}

    @Post("/items/")
    public Item createItem(@Body Item item) {
        return item;
    }

    @Get("/items/")
    public List<Item> readItems() {
        return List.of(
                new Item("Portal Gun", Optional.of("Device to travel through the multi-rick-verse")),
                new Item("Plumbus", Optional.empty()));
    }

    /** The app. */
    public static App app() {
        return App.create().separateInputOutputSchemas(false).include(new Tutorial002());
    }
}
