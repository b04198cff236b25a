package io.griddle.examples.tutorial.server_sent_events;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Streamed;
import io.griddle.streaming.Publishers;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/**
 * Server-Sent Events: {@code @Streamed(EVENT_STREAM)} on a handler that returns a stream of items sends each item as
 * an event whose data is its JSON. A {@code Flow.Publisher} is FastAPI's {@code async} generator, a {@code Stream}
 * its plain one (pulled on the blocking executor); a {@code ?} item type is the generator without annotation.
 */
public final class Tutorial001 {

    /** An item. */
    public record Item(String name, String description) {}

    static final List<Item> ITEMS = List.of(
            new Item("Plumbus", "A multi-purpose household device."),
            new Item("Portal Gun", "A portal opening device."),
            new Item("Meeseeks Box", "A box that summons a Meeseeks."));

    @Streamed(Streamed.EVENT_STREAM)
    @Get("/items/stream")
    public Flow.Publisher<Item> sseItems() {
        return Publishers.of(ITEMS);
    }

    @Streamed(Streamed.EVENT_STREAM)
    @Get("/items/stream-no-async")
    public Stream<Item> sseItemsNoAsync() {
        return ITEMS.stream();
    }

    @Streamed(Streamed.EVENT_STREAM)
    @Get("/items/stream-no-annotation")
    public Flow.Publisher<?> sseItemsNoAnnotation() {
        return Publishers.of(ITEMS);
    }

    @Streamed(Streamed.EVENT_STREAM)
    @Get("/items/stream-no-async-no-annotation")
    public Stream<?> sseItemsNoAsyncNoAnnotation() {
        return ITEMS.stream();
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
