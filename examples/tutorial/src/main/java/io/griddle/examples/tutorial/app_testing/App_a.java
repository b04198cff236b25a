package io.griddle.examples.tutorial.app_testing;

import io.griddle.App;
import io.griddle.Get;
import java.util.Map;

/** Testing, app_a: the app in one file ({@code main.py}), its test in another ({@code App_aTest}). */
public final class App_a {

    @Get("/")
    public Object readMain() {
        return Map.of("msg", "Hello World");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new App_a());
    }
}
