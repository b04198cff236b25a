package io.griddle.examples.tutorial.query_params_str_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Query;
import java.util.Map;
import java.util.Optional;

/** An optional query parameter, {@code q}, as the starting point of the chapter. */
public final class Tutorial001 {

    @Get("/items/")
    public Map<String, Object> readItems(@Query Optional<String> q) {
        return Results.of(q);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
