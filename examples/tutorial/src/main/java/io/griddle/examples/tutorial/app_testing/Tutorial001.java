package io.griddle.examples.tutorial.app_testing;

import io.griddle.App;
import io.griddle.Get;
import java.util.Map;

/** Testing: the app under test; its test, {@code test_read_main}, is {@code Tutorial001Test}. */
public final class Tutorial001 {

    @Get("/")
    public Object readMain() {
        return Map.of("msg", "Hello World");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
