package io.griddle.examples.tutorial.server_sent_events;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Header;
import io.griddle.Streamed;
import io.griddle.streaming.Publishers;
import io.griddle.streaming.ServerSentEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Flow;

/** Resuming a stream: the {@code Last-Event-ID} header a reconnecting browser sends, read as a header parameter. */
public final class Tutorial004 {

    /** An item. */
    public record Item(String name, double price) {}

    static final List<Item> ITEMS =
            List.of(new Item("Plumbus", 32.99), new Item("Portal Gun", 999.99), new Item("Meeseeks Box", 49.99));

    @Streamed(Streamed.EVENT_STREAM)
    @Get("/items/stream")
    public Flow.Publisher<ServerSentEvent> streamItems(@Header("last-event-id") Optional<Integer> lastEventId) {
        int start = lastEventId.map(id -> id + 1).orElse(0);
        List<ServerSentEvent> events = new ArrayList<>();
        for (int i = start; i < ITEMS.size(); i++) {
            events.add(ServerSentEvent.of(ITEMS.get(i)).withId(String.valueOf(i)));
        }
        return Publishers.of(events);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial004());
    }
}
