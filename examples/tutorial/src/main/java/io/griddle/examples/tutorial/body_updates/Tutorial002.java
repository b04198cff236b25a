package io.griddle.examples.tutorial.body_updates;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Partial;
import io.griddle.Patch;
import io.griddle.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Partial updates with {@code PATCH}: {@code @Body Partial<Item>} is the body as an {@code Item} that remembers which
 * fields the request set; {@code applyTo(stored)} copies only those onto the stored item, as Pydantic's
 * {@code model_dump(exclude_unset=True)} with {@code model_copy(update=...)}.
 */
public final class Tutorial002 {

    /** An item; every field optional or defaulted. */
    public record Item(
            Optional<String> name,
            Optional<String> description,
            Optional<Double> price,
            @Default("10.5") double tax,
            @Default({}) List<String> tags) {}

    static final Map<String, Item> ITEMS = new ConcurrentHashMap<>(Map.of(
            "foo",
            new Item(Optional.of("Foo"), Optional.empty(), Optional.of(50.2), 10.5, List.of()),
            "bar",
            new Item(Optional.of("Bar"), Optional.of("The bartenders"), Optional.of(62.0), 20.2, List.of()),
            "baz",
            new Item(Optional.of("Baz"), Optional.empty(), Optional.of(50.2), 10.5, List.of())));

    @Get("/items/{item_id}")
    public Item readItem(@Path String item_id) {
        return ITEMS.get(item_id);
    }

    @Patch("/items/{item_id}")
    public Item updateItem(@Path String item_id, @Body Partial<Item> item) {
        Item storedItem = ITEMS.get(item_id);
        Item updatedItem = item.applyTo(storedItem);
        ITEMS.put(item_id, updatedItem);
        return updatedItem;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
