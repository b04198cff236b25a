package io.griddle.examples.tutorial.custom_response;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.http.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A redirect returned as a {@link Response} (307). */
public final class Tutorial006 {

    @Get("/typer")
    public CompletionStage<Response> redirectTyper() {
        return CompletableFuture.completedFuture(Response.redirect("https://typer.tiangolo.com"));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial006());
    }
}
