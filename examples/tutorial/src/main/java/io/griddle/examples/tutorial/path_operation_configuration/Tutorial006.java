package io.griddle.examples.tutorial.path_operation_configuration;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Operation;
import java.util.List;
import java.util.Map;

/** A deprecated operation: marked in the document, still served. */
public final class Tutorial006 {

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

    @Operation(tags = "items", deprecated = true)
    @Get("/elements/")
    public Object readElements() {
        return List.of(Map.of("item_id", "Foo"));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial006());
    }
}
