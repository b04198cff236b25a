package io.griddle.examples.tutorial.response_model;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.http.Response;

/** A handler that always redirects: {@code Response.redirect} answers 307 with the {@code location}. */
public final class Tutorial003_03 {

    @Get("/teleport")
    public Response getTeleport() {
        return Response.redirect("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003_03());
    }
}
