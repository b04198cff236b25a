package io.griddle.examples.tutorial.query_params_str_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Query;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;

/** A title for the OpenAPI document. */
public final class Tutorial007 {

    @Get("/items/")
    public Map<String, Object> readItems(@Query(title = "Query string") @Size(min = 3) Optional<String> q) {
        return Results.of(q);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial007());
    }
}
