package io.griddle.examples.tutorial.query_params_str_validations;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Query;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;

/** A default value instead of none: without {@code q} the handler sees "fixedquery". */
public final class Tutorial005 {

    @Get("/items/")
    public Map<String, Object> readItems(@Query @Size(min = 3) @Default("fixedquery") String q) {
        return Results.of(Optional.of(q));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial005());
    }
}
