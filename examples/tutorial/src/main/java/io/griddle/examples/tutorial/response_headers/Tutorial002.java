package io.griddle.examples.tutorial.response_headers;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.http.Response;
import java.util.Map;

/** A header set through the {@link Response} parameter, the returned map rendered as usual. */
public final class Tutorial002 {

    @Get("/headers-and-object/")
    public Map<String, String> getHeaders(Response response) {
        response.setHeader("X-Cat-Dog", "alone in the world");
        return Map.of("message", "Hello World");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
