package io.griddle.examples.tutorial.response_model;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Get;
import io.griddle.Post;
import io.griddle.examples.tutorial.response_model.Tutorial001.Item;
import java.util.List;
import java.util.Optional;

/** Response model from the return type: the declared {@code Item} and {@code List<Item>} are the models. */
public final class Tutorial001_01 {

    @Post("/items/")
    public Item createItem(@Body Item item) {
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
        return App.create().include(new Tutorial001_01());
    }
}
