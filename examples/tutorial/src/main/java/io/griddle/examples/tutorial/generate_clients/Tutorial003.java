package io.griddle.examples.tutorial.generate_clients;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Get;
import io.griddle.Operation;
import io.griddle.Post;
import io.griddle.openapi.OperationRoute;
import java.util.List;

/** operationIds made of the first tag and the handler's name ({@code items-createItem}), so a generated client's methods read well. */
public final class Tutorial003 {

    /** An item. */
    public record Item(String name, double price) {}

    /** A message answered. */
    public record ResponseMessage(String message) {}

    /** A user. */
    public record User(String username, String email) {}

    static String customGenerateUniqueId(OperationRoute route) {
        return route.tags().get(0) + "-" + route.name();
    }

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
        return App.create()
                .generateUniqueId(Tutorial003::customGenerateUniqueId)
                .include(new Tutorial003());
    }
}
