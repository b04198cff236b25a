package io.griddle.examples.tutorial.first_steps;

import io.griddle.App;
import io.griddle.Get;
import java.util.Map;

/**
 * First steps with a plain (not {@code async}) function: a method that returns its value runs on a virtual thread,
 * as FastAPI runs a {@code def} in its thread pool; the answer is the same JSON.
 */
public final class Tutorial003 {

    @Get("/")
    public Map<String, String> root() {
        return Map.of("message", "Hello World");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
