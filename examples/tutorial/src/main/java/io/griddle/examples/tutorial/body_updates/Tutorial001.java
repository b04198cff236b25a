package io.griddle.examples.tutorial.body_updates;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Put;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Updating with {@code PUT}: the body replaces the stored item whole, so a field the body leaves out takes its default
 * ({@code tax} back to 10.5), not its stored value.
 */
public final class Tutorial001 {

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

    @Put("/items/{item_id}")
    public Item updateItem(@Path String item_id, @Body Item item) {
        ITEMS.put(item_id, item);
        return item;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
