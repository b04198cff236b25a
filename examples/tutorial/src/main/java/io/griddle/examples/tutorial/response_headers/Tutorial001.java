package io.griddle.examples.tutorial.response_headers;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.http.Response;
import java.util.Map;

/** Headers on a response the handler returns itself. */
public final class Tutorial001 {

    @Get("/headers/")
    public Response getHeaders() {
        Map<String, String> content = Map.of("message", "Hello World");
        return Response.json(content).header("X-Cat-Dog", "alone in the world").header("Content-Language", "en-US");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
