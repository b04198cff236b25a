package io.griddle.examples.tutorial.custom_response;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.ResponseClass;
import io.griddle.StatusCode;
import io.griddle.responses.RedirectResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A redirect as the response class with its own status: 302. */
public final class Tutorial006c {

    @ResponseClass(RedirectResponse.class)
    @StatusCode(302)
    @Get("/pydantic")
    public CompletionStage<String> redirectPydantic() {
        return CompletableFuture.completedFuture("https://docs.pydantic.dev/");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial006c());
    }
}
