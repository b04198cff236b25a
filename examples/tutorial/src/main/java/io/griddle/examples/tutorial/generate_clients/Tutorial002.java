package io.griddle.examples.tutorial.generate_clients;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Get;
import io.griddle.Operation;
import io.griddle.Post;
import java.util.List;

/** Tags on operations: generators group the client's methods by them (an ItemsService, a UsersService). */
public final class Tutorial002 {

    /** An item. */
    public record Item(String name, double price) {}

    /** A message answered. */
    public record ResponseMessage(String message) {}

    /** A user. */
    public record User(String username, String email) {}

    @Operation(tags = "items")
    @Post("/items/")
    public ResponseMessage createItem(@Body Item item) {
        return new ResponseMessage("Item received");
    }

    @Operation(tags = "items")
    @Get("/items/")
    public List<Item> getItems() {
        return List.of(new Item("Plumbus", 3), new Item("Portal Gun", 9001));
    }

    @Operation(tags = "users")
    @Post("/users/")
    public ResponseMessage createUser(@Body User user) {
        return new ResponseMessage("User received");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
