package io.griddle.examples.tutorial.response_model;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Query;
import io.griddle.http.Response;
import java.util.Map;

/**
 * A handler that returns a {@link Response} itself: a redirect, or a JSON response it builds. A declared
 * {@code Response} return type is sent as it is, with no response model, and documented as any JSON value.
 */
public final class Tutorial003_02 {

    @Get("/portal")
    public Response getPortal(@Query @Default("false") boolean teleport) {
        if (teleport) {
            return Response.redirect("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        }
        return Response.json(Map.of("message", "Here's your interdimensional portal."));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003_02());
    }
}
