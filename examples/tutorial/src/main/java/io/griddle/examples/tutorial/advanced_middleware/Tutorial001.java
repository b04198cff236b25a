package io.griddle.examples.tutorial.advanced_middleware;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.middleware.HttpsRedirect;
import java.util.Map;

/** Every plain {@code http} (and {@code ws}) request is redirected to its {@code https} URL. */
public final class Tutorial001 {

    @Get("/")
    public Map<String, String> main() {
        return Map.of("message", "Hello World");
    }

    /** The app. */
    public static App app() {
        return App.create().addMiddleware(HttpsRedirect.temporary()).include(new Tutorial001());
    }
}
