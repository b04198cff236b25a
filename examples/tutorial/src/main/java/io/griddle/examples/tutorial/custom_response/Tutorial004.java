package io.griddle.examples.tutorial.custom_response;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.ResponseClass;
import io.griddle.http.Response;
import io.griddle.responses.HtmlResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Both: the {@link Response} is sent as it is, and {@code @ResponseClass} documents it as {@code text/html}. */
public final class Tutorial004 {

    static Response generateHtmlResponse() {
        String htmlContent = Tutorial002.HTML;
        return Response.html(htmlContent).status(200);
    }

    @ResponseClass(HtmlResponse.class)
    @Get("/items/")
    public CompletionStage<Response> readItems() {
        return CompletableFuture.completedFuture(generateHtmlResponse());
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial004());
    }
}
