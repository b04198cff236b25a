package io.griddle.examples.tutorial.custom_response;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.ResponseClass;
import io.griddle.responses.PlainTextResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Plain text: {@code @ResponseClass(PlainTextResponse.class)}. */
public final class Tutorial005 {

    @ResponseClass(PlainTextResponse.class)
    @Get("/")
    public CompletionStage<String> main() {
        return CompletableFuture.completedFuture("Hello World");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial005());
    }
}
