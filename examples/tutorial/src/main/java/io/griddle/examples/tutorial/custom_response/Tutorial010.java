package io.griddle.examples.tutorial.custom_response;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.ResponseClass;
import io.griddle.responses.HtmlResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A default response class for every route of the controller (FastAPI's {@code default_response_class} on the app). */
@ResponseClass(HtmlResponse.class)
public final class Tutorial010 {

    @Get("/items/")
    public CompletionStage<String> readItems() {
        return CompletableFuture.completedFuture("<h1>Items</h1><p>This is a list of items.</p>");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial010());
    }
}
