package io.griddle.examples.tutorial.extra_models;

import io.griddle.App;
import io.griddle.Get;
import java.util.List;

/** A list of models as the answer: {@code List<Item>}, documented as an array of {@code Item}. */
public final class Tutorial004 {

    /** An item. */
    public record Item(String name, String description) {}

    static final List<Item> ITEMS =
            List.of(new Item("Foo", "There comes my hero"), new Item("Red", "It's my aeroplane"));

    @Get("/items/")
    public List<Item> readItems() {
        return ITEMS;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial004());
    }
}
