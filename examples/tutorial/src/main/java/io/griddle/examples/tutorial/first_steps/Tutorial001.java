package io.griddle.examples.tutorial.first_steps;

import io.griddle.App;
import io.griddle.Get;
import java.util.Map;

/** First steps: the smallest app, one route answering {@code {"message": "Hello World"}}. */
public final class Tutorial001 {

    @Get("/")
    public Map<String, String> root() {
        return Map.of("message", "Hello World");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
