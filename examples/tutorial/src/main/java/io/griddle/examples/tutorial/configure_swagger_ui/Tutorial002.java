package io.griddle.examples.tutorial.configure_swagger_ui;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import java.util.Map;

/** Swagger UI with another syntax highlighting theme: a parameter whose value is an object. */
public final class Tutorial002 {

    @Get("/users/{username}")
    public Object readUser(@Path String username) {
        return Map.of("message", "Hello " + username);
    }

    /** The app. */
    public static App app() {
        return App.create()
                .swaggerUiParameters(Map.of("syntaxHighlight", Map.of("theme", "obsidian")))
                .include(new Tutorial002());
    }
}
