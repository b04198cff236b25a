package io.griddle.examples.tutorial.custom_response;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.ResponseClass;
import io.griddle.responses.RedirectResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A redirect as the response class: the handler returns the URL; 307, documented without content. */
public final class Tutorial006b {

    @ResponseClass(RedirectResponse.class)
    @Get("/fastapi")
    public CompletionStage<String> redirectFastapi() {
        return CompletableFuture.completedFuture("https://fastapi.tiangolo.com");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial006b());
    }
}
