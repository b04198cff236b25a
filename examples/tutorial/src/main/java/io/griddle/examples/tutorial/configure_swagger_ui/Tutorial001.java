package io.griddle.examples.tutorial.configure_swagger_ui;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import java.util.Map;

/** Swagger UI without syntax highlighting: a parameter added to its configuration. */
public final class Tutorial001 {

    @Get("/users/{username}")
    public Object readUser(@Path String username) {
        return Map.of("message", "Hello " + username);
    }

    /** The app. */
    public static App app() {
        return App.create()
                .swaggerUiParameters(Map.of("syntaxHighlight", false))
                .include(new Tutorial001());
    }
}
