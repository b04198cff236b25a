package io.griddle.examples.tutorial.async_tests;

import io.griddle.App;
import io.griddle.Get;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Async tests, app_a: an async handler (a {@code CompletionStage}, run on the loop), tested without blocking. */
public final class App_a {

    @Get("/")
    public CompletionStage<Object> root() {
        return CompletableFuture.completedFuture(Map.of("message", "Tomato"));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new App_a());
    }
}
