package io.griddle.examples.tutorial.query_params_str_validations;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Query;
import java.util.List;
import java.util.Map;

/** A list with default values: without {@code q} it is {@code ["foo", "bar"]}. */
public final class Tutorial012 {

    @Get("/items/")
    public Map<String, Object> readItems(@Query @Default({"foo", "bar"}) List<String> q) {
        return Map.of("q", q);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial012());
    }
}
