package io.griddle.examples.tutorial.events;

import io.griddle.App;
import io.griddle.Get;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/** Events: a shutdown hook appends a line to {@code log.txt}. */
public final class Tutorial002 {

    @Get("/items/")
    public Object readItems() {
        return List.of(Map.of("name", "Foo"));
    }

    /** The app, logging to {@code log.txt} in the working directory. */
    public static App app() {
        return app(Path.of("log.txt"));
    }

    /** The app, logging to the given file (tests pass a temporary one). */
    public static App app(Path log) {
        return App.create()
                .onShutdown(state -> {
                    try {
                        Files.writeString(
                                log,
                                "Application shutdown",
                                StandardCharsets.UTF_8,
                                StandardOpenOption.CREATE,
                                StandardOpenOption.APPEND);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .include(new Tutorial002());
    }
}
