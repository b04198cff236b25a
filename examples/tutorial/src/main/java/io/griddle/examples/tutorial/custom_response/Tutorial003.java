package io.griddle.examples.tutorial.custom_response;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.http.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** HTML returned as a {@link Response}: sent as it is, and the document knows nothing of it (JSON, empty schema). */
public final class Tutorial003 {

    @Get("/items/")
    public CompletionStage<Response> readItems() {
        String htmlContent = Tutorial002.HTML;
        return CompletableFuture.completedFuture(Response.html(htmlContent).status(200));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
