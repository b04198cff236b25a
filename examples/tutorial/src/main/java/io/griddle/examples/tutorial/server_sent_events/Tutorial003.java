package io.griddle.examples.tutorial.server_sent_events;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Streamed;
import io.griddle.streaming.Publishers;
import io.griddle.streaming.ServerSentEvent;
import java.util.List;
import java.util.concurrent.Flow;

/** Raw event data: {@code ServerSentEvent.raw} sends the text as it is, without JSON quotes. */
public final class Tutorial003 {

    @Streamed(Streamed.EVENT_STREAM)
    @Get("/logs/stream")
    public Flow.Publisher<ServerSentEvent> streamLogs() {
        List<String> logs = List.of(
                "2025-01-01 INFO  Application started",
                "2025-01-01 DEBUG Connected to database",
                "2025-01-01 WARN  High memory usage detected");
        return Publishers.of(logs.stream().map(ServerSentEvent::raw).toList());
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
