package io.griddle.examples.tutorial.response_model;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Post;
import io.griddle.ResponseModel;
import java.util.List;
import java.util.Optional;

/**
 * Response model: {@code @ResponseModel(Item.class)} converts what the handler returns into the model, filling the
 * defaults, and documents the model as the response's schema; a declared {@code List<Item>} return type does the
 * same for the list.
 */
public final class Tutorial001 {

    /** An item; description and tax may be absent (null), tags default to an empty list. */
    public record Item(
            String name,
            Optional<String> description,
            double price,
            Optional<Double> tax,
            @Default("[]") List<String> tags) {}

    @ResponseModel(Item.class)
    @Post("/items/")
    public Object createItem(@Body Item item) {
        return item;
    }

    @Get("/items/")
    public List<Item> readItems() {
        return List.of(
                new Item("Portal Gun", Optional.empty(), 42.0, Optional.empty(), List.of()),
                new Item("Plumbus", Optional.empty(), 32.0, Optional.empty(), List.of()));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
