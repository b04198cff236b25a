package io.griddle.examples.tutorial.generate_clients;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Get;
import io.griddle.Post;
import java.util.List;

/** Models for requests and responses, so that a generated client has types: what client generators read. */
public final class Tutorial001 {

    /** An item. */
    public record Item(String name, double price) {}

    /** A message answered. */
    public record ResponseMessage(String message) {}

    @Post("/items/")
    public ResponseMessage createItem(@Body Item item) {
        return new ResponseMessage("item received");
    }

    @Get("/items/")
    public List<Item> getItems() {
        return List.of(new Item("Plumbus", 3), new Item("Portal Gun", 9001));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
