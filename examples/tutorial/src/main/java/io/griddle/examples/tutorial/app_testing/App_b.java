package io.griddle.examples.tutorial.app_testing;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Get;
import io.griddle.Header;
import io.griddle.Path;
import io.griddle.Post;
import io.griddle.http.HttpError;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Testing, app_b: an app with a token header, a 404 and a 409, and the tests of each answer. */
public final class App_b {

    static final String FAKE_SECRET_TOKEN = "coneofsilence";

    /** An item. */
    public record Item(String id, String title, Optional<String> description) {}

    // One database per app, so that each test starts from the same two items.
    private final Map<String, Item> fakeDb = new ConcurrentHashMap<>(Map.of(
            "foo", new Item("foo", "Foo", Optional.of("There goes my hero")),
            "bar", new Item("bar", "Bar", Optional.of("The bartenders"))));

    @Get("/items/{item_id}")
    public Item readMain(@Path("item_id") String itemId, @Header("x-token") String xToken) {
        if (!FAKE_SECRET_TOKEN.equals(xToken)) {
            throw new HttpError(400, "Invalid X-Token header");
        }
        Item item = fakeDb.get(itemId);
        if (item == null) {
            throw new HttpError(404, "Item not found");
        }
        return item;
    }

    @Post("/items/")
    public Item createItem(@Body Item item, @Header("x-token") String xToken) {
        if (!FAKE_SECRET_TOKEN.equals(xToken)) {
            throw new HttpError(400, "Invalid X-Token header");
        }
        if (fakeDb.putIfAbsent(item.id(), item) != null) {
            throw new HttpError(409, "Item already exists");
        }
        return item;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new App_b());
    }
}
