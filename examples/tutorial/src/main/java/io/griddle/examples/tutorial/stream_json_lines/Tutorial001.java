package io.griddle.examples.tutorial.stream_json_lines;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.streaming.Publishers;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/**
 * JSON Lines: a handler that returns a stream of items ({@code Flow.Publisher}, {@code Stream}, {@code Iterator})
 * answers {@code application/jsonl}, one JSON document per item and line, as a FastAPI generator does.
 */
public final class Tutorial001 {

    /** An item. */
    public record Item(String name, String description) {}

    static final List<Item> ITEMS = List.of(
            new Item("Plumbus", "A multi-purpose household device."),
            new Item("Portal Gun", "A portal opening device."),
            new Item("Meeseeks Box", "A box that summons a Meeseeks."));

    @Get("/items/stream")
    public Flow.Publisher<Item> streamItems() {
        return Publishers.of(ITEMS);
    }

    @Get("/items/stream-no-async")
    public Stream<Item> streamItemsNoAsync() {
        return ITEMS.stream();
    }

    @Get("/items/stream-no-annotation")
    public Flow.Publisher<?> streamItemsNoAnnotation() {
        return Publishers.of(ITEMS);
    }

    @Get("/items/stream-no-async-no-annotation")
    public Stream<?> streamItemsNoAsyncNoAnnotation() {
        return ITEMS.stream();
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
