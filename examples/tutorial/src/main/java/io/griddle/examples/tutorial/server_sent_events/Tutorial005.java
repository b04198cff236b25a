package io.griddle.examples.tutorial.server_sent_events;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Post;
import io.griddle.Streamed;
import io.griddle.streaming.Publishers;
import io.griddle.streaming.ServerSentEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;

/** Events over {@code POST}: a JSON body in, a stream of token events out, then a raw {@code [DONE]}. */
public final class Tutorial005 {

    /** The prompt. */
    public record Prompt(String text) {}

    @Streamed(Streamed.EVENT_STREAM)
    @Post("/chat/stream")
    public Flow.Publisher<ServerSentEvent> streamChat(@Body Prompt prompt) {
        List<ServerSentEvent> events = new ArrayList<>();
        for (String word : prompt.text().trim().split("\\s+")) {
            if (!word.isEmpty()) {
                events.add(ServerSentEvent.of(word).withEvent("token"));
            }
        }
        events.add(ServerSentEvent.raw("[DONE]").withEvent("done"));
        return Publishers.of(events);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial005());
    }
}
