package io.griddle.examples.tutorial.query_params_str_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Query;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;

/** A required parameter with a constraint: no default and not {@code Optional}. */
public final class Tutorial006 {

    @Get("/items/")
    public Map<String, Object> readItems(@Query @Size(min = 3) String q) {
        return Results.of(Optional.of(q));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial006());
    }
}
