package io.griddle.examples.tutorial.path_operation_configuration;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Operation;
import io.griddle.Post;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Tags on operations: the docs group them. */
public final class Tutorial002 {

    /** An item with a set of tags. */
    public record Item(
            String name,
            Optional<String> description,
            double price,
            Optional<Double> tax,
            @Default({}) Set<String> tags) {}

    @Operation(tags = "items")
    @Post("/items/")
    public Item createItem(@Body Item item) {
        return item;
    }

    @Operation(tags = "items")
    @Get("/items/")
    public Object readItems() {
        return List.of(Map.of("name", "Foo", "price", 42));
    }

    @Operation(tags = "users")
    @Get("/users/")
    public Object readUsers() {
        return List.of(Map.of("username", "johndoe"));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
