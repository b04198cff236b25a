package io.griddle.examples.tutorial.response_model;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Query;
import io.griddle.http.Response;
import java.util.Map;

/**
 * No response model: a handler that returns either a {@link Response} (a redirect) or data (a map) declares
 * {@code Object}, which is sent as it is, unchecked, and documented as any JSON value.
 */
public final class Tutorial003_05 {

    @Get("/portal")
    public Object getPortal(@Query @Default("false") boolean teleport) {
        if (teleport) {
            return Response.redirect("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        }
        return Map.of("message", "Here's your interdimensional portal.");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003_05());
    }
}
