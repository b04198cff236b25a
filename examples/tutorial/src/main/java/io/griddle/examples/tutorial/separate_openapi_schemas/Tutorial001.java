package io.griddle.examples.tutorial.separate_openapi_schemas;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Get;
import io.griddle.Post;
import java.util.List;
import java.util.Optional;

/**
 * One record read by one route and sent by another. Its input and output schemas are the same (an absent
 * description is read as empty and always sent, as {@code null}), so the document has one {@code Item}.
 */
public final class Tutorial001 {

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
        return App.create().include(new Tutorial001());
    }
}
