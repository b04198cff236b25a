package io.griddle.examples.tutorial.response_model;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Query;
import io.griddle.ResponseModel;
import io.griddle.http.Response;
import java.util.Map;

/**
 * An invalid response model, refused when the app is built: a {@link Response} is sent as it is and cannot be a
 * model that results are checked against. Java has no union return type, so the mistake is spelled by naming
 * {@code Response} as the model; the fix is Tutorial003_05's: declare {@code Object} and no {@code @ResponseModel}.
 */
public final class Tutorial003_04 {

    @ResponseModel(Response.class)
    @Get("/portal")
    public Object getPortal(@Query @Default("false") boolean teleport) {
        if (teleport) {
            return Response.redirect("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        }
        return Map.of("message", "Here's your interdimensional portal.");
    }

    /** The app; building it fails with an {@link IllegalArgumentException} that names the method and the fix. */
    public static App app() {
        return App.create().include(new Tutorial003_04());
    }
}
