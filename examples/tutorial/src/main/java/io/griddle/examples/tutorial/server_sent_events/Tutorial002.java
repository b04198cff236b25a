package io.griddle.examples.tutorial.server_sent_events;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Streamed;
import io.griddle.streaming.Publishers;
import io.griddle.streaming.ServerSentEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;

/** Server-Sent Events with their fields: a comment, then events with a type, an id and a retry delay. */
public final class Tutorial002 {

    /** An item. */
    public record Item(String name, double price) {}

    static final List<Item> ITEMS =
            List.of(new Item("Plumbus", 32.99), new Item("Portal Gun", 999.99), new Item("Meeseeks Box", 49.99));

    @Streamed(Streamed.EVENT_STREAM)
    @Get("/items/stream")
    public Flow.Publisher<ServerSentEvent> streamItems() {
        List<ServerSentEvent> events = new ArrayList<>();
        events.add(ServerSentEvent.ofComment("stream of item updates"));
        for (int i = 0; i < ITEMS.size(); i++) {
            events.add(ServerSentEvent.of(ITEMS.get(i))
                    .withEvent("item_update")
                    .withId(String.valueOf(i + 1))
                    .withRetry(5000));
        }
        return Publishers.of(events);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
